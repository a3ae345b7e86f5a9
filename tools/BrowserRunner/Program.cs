using BrowserRunner;

// Started by wwwroot/worker.js; the console is the page's output panel from here on.
PageConsole.Install();
