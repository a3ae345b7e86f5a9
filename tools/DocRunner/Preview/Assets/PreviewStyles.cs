namespace DocRunner.Preview.Assets;

/// <summary>
/// public/docrunner-preview.css: the base the modern template's Bootstrap would give (its CSS variables in light and
/// dark, the page layout, navbar, sidebar, alerts, tabs, code blocks, copy buttons, highlighting colours), so that the
/// project's template/public/main.css, loaded after it, styles samples and output panels as on the published site.
/// Then the preview's own boxes: drift (page beside printed lines), problems, running samples and the live status.
/// </summary>
public static class PreviewStyles
{
    public const string Path = "public/docrunner-preview.css";

    public const string Text = """"
/* DocRunner preview: a stand-in for the modern template's Bootstrap base. template/public/main.css loads after it. */
:root, [data-bs-theme="light"] {
  color-scheme: light;
  --bs-body-font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --bs-font-monospace: SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace;
  --bs-body-bg: #fff;
  --bs-body-color: #212529;
  --bs-secondary-color: rgba(33, 37, 41, .75);
  --bs-secondary-bg: #e9ecef;
  --bs-tertiary-bg: #f8f9fa;
  --bs-border-color: #dee2e6;
  --bs-link-color: #0d6efd;
  --bs-link-hover-color: #0a58ca;
  --bs-success: #198754;
  --preview-code-bg: #f6f8fa;
  --preview-info-bg: #cff4fc; --preview-info-fg: #055160; --preview-info-border: #9eeaf9;
  --preview-warning-bg: #fff3cd; --preview-warning-fg: #664d03; --preview-warning-border: #ffe69c;
  --preview-danger-bg: #f8d7da; --preview-danger-fg: #58151c; --preview-danger-border: #f1aeb5;
  --preview-removed: rgba(220, 53, 69, .18);
  --preview-added: rgba(25, 135, 84, .2);
  --hl-keyword: #cf222e; --hl-string: #0a3069; --hl-comment: #6e7781; --hl-number: #0550ae;
  --hl-title: #8250df; --hl-builtin: #953800; --hl-meta: #57606a; --hl-attr: #0550ae;
}

[data-bs-theme="dark"] {
  color-scheme: dark;
  --bs-body-bg: #212529;
  --bs-body-color: #dee2e6;
  --bs-secondary-color: rgba(222, 226, 230, .75);
  --bs-secondary-bg: #343a40;
  --bs-tertiary-bg: #2b3035;
  --bs-border-color: #495057;
  --bs-link-color: #6ea8fe;
  --bs-link-hover-color: #8bb9fe;
  --bs-success: #75b798;
  --preview-code-bg: #161b22;
  --preview-info-bg: #032830; --preview-info-fg: #6edff6; --preview-info-border: #087990;
  --preview-warning-bg: #332701; --preview-warning-fg: #ffda6a; --preview-warning-border: #997404;
  --preview-danger-bg: #2c0b0e; --preview-danger-fg: #ea868f; --preview-danger-border: #842029;
  --preview-removed: rgba(248, 81, 73, .25);
  --preview-added: rgba(63, 185, 80, .25);
  --hl-keyword: #ff7b72; --hl-string: #a5d6ff; --hl-comment: #8b949e; --hl-number: #79c0ff;
  --hl-title: #d2a8ff; --hl-builtin: #ffa657; --hl-meta: #8b949e; --hl-attr: #79c0ff;
}

*, *::before, *::after { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body {
  margin: 0;
  font-family: var(--bs-body-font-family);
  font-size: 1rem;
  line-height: 1.6;
  color: var(--bs-body-color);
  background: var(--bs-body-bg);
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}
a { color: var(--bs-link-color); }
a:hover { color: var(--bs-link-hover-color); }
code { font-family: var(--bs-font-monospace); font-size: .875em; }
:not(pre) > code { color: #d63384; word-wrap: break-word; }
[data-bs-theme="dark"] :not(pre) > code { color: #e685b5; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.75rem 0 .75rem; font-weight: 500; }
h1 { font-size: 2.25rem; margin-top: .5rem; }
h2 { font-size: 1.75rem; }
h3 { font-size: 1.4rem; }
h5 { font-size: 1rem; }
table { border-collapse: collapse; margin: 0 0 1rem; width: 100%; }
th, td { border: 1px solid var(--bs-border-color); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--bs-tertiary-bg); }
img { max-width: 100%; }
blockquote { margin: 0 0 1rem; padding: .25rem 1rem; border-left: 4px solid var(--bs-border-color); color: var(--bs-secondary-color); }

/* Navbar */
.site-header { position: sticky; top: 0; z-index: 10; background: var(--bs-body-bg); border-bottom: 1px solid var(--bs-border-color); }
.site-navbar { display: flex; align-items: center; gap: 1rem; max-width: 1400px; margin: 0 auto; padding: .5rem 1rem; flex-wrap: wrap; }
.navbar-brand { display: inline-flex; align-items: center; gap: .5rem; font-size: 1.25rem; color: var(--bs-body-color); text-decoration: none; }
.navbar-nav { display: flex; flex-wrap: wrap; gap: .25rem .75rem; list-style: none; margin: 0; padding: 0; flex: 1 1 auto; }
.nav-link { color: var(--bs-secondary-color); text-decoration: none; }
.nav-link:hover, .nav-link.active { color: var(--bs-body-color); }
.nav-link.active { font-weight: 600; }
.theme-toggle { background: none; border: 1px solid var(--bs-border-color); border-radius: .375rem; color: var(--bs-body-color); cursor: pointer; padding: .1rem .5rem; }

/* Layout */
.site-main { display: grid; grid-template-columns: 16rem minmax(0, 1fr) 14rem; gap: 2rem; max-width: 1400px; width: 100%; margin: 0 auto; padding: 1rem; flex: 1 0 auto; }
.site-main.no-sidebar { grid-template-columns: minmax(0, 1fr) 14rem; }
.toc-column { position: sticky; top: 4.5rem; align-self: start; max-height: calc(100vh - 5rem); overflow-y: auto; font-size: .9rem; }
.toc ul { list-style: none; margin: 0; padding-left: 0; }
.toc ul ul { padding-left: 1rem; }
.toc li { margin: .2rem 0; }
.toc a { color: var(--bs-secondary-color); text-decoration: none; }
.toc a:hover { color: var(--bs-body-color); }
.toc a.active { color: var(--bs-link-color); font-weight: 600; }
.toc-heading { font-weight: 600; }
.affix { position: sticky; top: 4.5rem; align-self: start; font-size: .85rem; }
.affix h5 { margin-top: 0; font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; color: var(--bs-secondary-color); }
.affix ul { list-style: none; padding: 0; margin: 0; border-left: 1px solid var(--bs-border-color); }
.affix li { padding: .15rem 0 .15rem .75rem; }
.affix a { color: var(--bs-secondary-color); text-decoration: none; }
.content { min-width: 0; }
article { min-width: 0; }
.next-article { display: flex; justify-content: space-between; gap: 1rem; border-top: 1px solid var(--bs-border-color); margin-top: 2rem; padding-top: 1rem; }
.next-article span { display: block; font-size: .8rem; color: var(--bs-secondary-color); }
.next-article .next { margin-left: auto; text-align: right; }
.site-footer { border-top: 1px solid var(--bs-border-color); color: var(--bs-secondary-color); font-size: .85rem; padding: 1rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; justify-content: space-between; max-width: 1400px; width: 100%; margin: 0 auto; }
.preview-note { font-style: italic; }
@media (max-width: 1200px) { .site-main { grid-template-columns: 14rem minmax(0, 1fr); } .site-main.no-sidebar { grid-template-columns: minmax(0, 1fr); } .affix { display: none; } }
@media (max-width: 768px) { .site-main, .site-main.no-sidebar { grid-template-columns: minmax(0, 1fr); } .toc-column { position: static; max-height: none; } }

/* Code */
pre { position: relative; margin: 0 0 1rem; }
pre > code { display: block; padding: 1rem; overflow-x: auto; background: var(--preview-code-bg); border-radius: .375rem; line-height: 1.45; white-space: pre; color: var(--bs-body-color); }
pre > .code-action { position: absolute; top: .25rem; right: .25rem; padding: .1rem .45rem; border-radius: .375rem; color: var(--bs-secondary-color); background: var(--bs-body-bg); text-decoration: none; opacity: .35; }
pre:hover > .code-action, pre > .code-action:focus { opacity: 1; }
.code-action.link-success, .link-success { color: var(--bs-success) !important; }
.btn { display: inline-block; cursor: pointer; background: none; color: inherit; font: inherit; line-height: 1.5; }
.border-0 { border: 0 !important; }
.bi { font-style: normal; display: inline-block; min-width: 1em; text-align: center; }
.bi-clipboard::before, .bi-check-lg::before { content: ""; display: inline-block; width: 1em; height: 1em; vertical-align: -.125em; background: currentColor; -webkit-mask: var(--icon) center / contain no-repeat; mask: var(--icon) center / contain no-repeat; }
.bi-clipboard { --icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='none' stroke='%23000' stroke-width='1.3' d='M5 2.5H3.5v12h9v-12H11M5.5 1.2h5v2.6h-5z'/%3E%3C/svg%3E"); }
.bi-check-lg { --icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='none' stroke='%23000' stroke-width='2' d='M2.5 8.5l3.5 3.5 7.5-8'/%3E%3C/svg%3E"); }
.line-highlight { display: inline-block; width: 100%; background: rgba(255, 200, 0, .2); }
.hljs-keyword, .hljs-literal { color: var(--hl-keyword); }
.hljs-string { color: var(--hl-string); }
.hljs-comment { color: var(--hl-comment); font-style: italic; }
.hljs-number { color: var(--hl-number); }
.hljs-title { color: var(--hl-title); }
.hljs-built_in, .hljs-variable { color: var(--hl-builtin); }
.hljs-meta { color: var(--hl-meta); }
.hljs-attr, .hljs-name { color: var(--hl-attr); }
pre.mermaid { background: var(--bs-body-bg); border: 1px solid var(--bs-border-color); border-radius: .375rem; padding: 1rem; text-align: center; overflow-x: auto; }
pre.mermaid.mermaid-unavailable { text-align: left; font-family: var(--bs-font-monospace); font-size: .8rem; white-space: pre; color: var(--bs-secondary-color); }
pre.mermaid.mermaid-unavailable::before { content: "Mermaid diagram (its source: Mermaid could not be loaded here; the published site draws it)"; display: block; font-family: var(--bs-body-font-family); font-style: italic; margin-bottom: .5rem; }

/* Alerts and tabs, as the modern template styles DocFX's markup */
.alert { padding: .75rem 1rem; margin: 0 0 1rem; border: 1px solid transparent; border-radius: .375rem; }
.alert > h5 { margin: 0 0 .35rem; font-weight: 600; }
.alert > :last-child { margin-bottom: 0; }
.alert-info { background: var(--preview-info-bg); color: var(--preview-info-fg); border-color: var(--preview-info-border); }
.alert-warning { background: var(--preview-warning-bg); color: var(--preview-warning-fg); border-color: var(--preview-warning-border); }
.alert-danger { background: var(--preview-danger-bg); color: var(--preview-danger-fg); border-color: var(--preview-danger-border); }
.alert code { color: inherit; }
.tabGroup { margin: 0 0 1rem; }
.nav-tabs { display: flex; flex-wrap: wrap; list-style: none; margin: 0; padding: 0; border-bottom: 1px solid var(--bs-border-color); }
.nav-tabs .nav-link { display: block; padding: .4rem .9rem; border: 1px solid transparent; border-radius: .375rem .375rem 0 0; margin-bottom: -1px; }
.nav-tabs .nav-link.active { color: var(--bs-body-color); background: var(--bs-body-bg); border-color: var(--bs-border-color) var(--bs-border-color) var(--bs-body-bg); }
.tabGroup > section.card { border: 1px solid var(--bs-border-color); border-top: 0; border-radius: 0 0 .375rem .375rem; padding: 1rem; }
.tabGroup > section[hidden] { display: none; }

/* What DocRunner found, shown where it happens */
.docrunner-check { margin: -.5rem 0 1rem; padding: .5rem .75rem; border: 1px solid var(--preview-danger-border); border-left: 4px solid #dc3545; border-radius: .375rem; background: var(--preview-danger-bg); color: var(--bs-body-color); font-size: .9rem; }
.docrunner-check code { color: inherit; }
.docrunner-check-head { overflow-wrap: anywhere; }
.docrunner-badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; background: #dc3545; color: #fff; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.docrunner-where { font-family: var(--bs-font-monospace); font-size: .8rem; color: var(--bs-secondary-color); }
.docrunner-running { border-color: var(--preview-warning-border); border-left-color: #ffc107; background: var(--preview-warning-bg); }
.docrunner-spinner { display: inline-block; width: .8em; height: .8em; border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%; animation: docrunner-spin .8s linear infinite; vertical-align: -.1em; }
@keyframes docrunner-spin { to { transform: rotate(360deg); } }
.docrunner-compare { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem; margin-top: .5rem; }
.docrunner-missing .docrunner-compare { grid-template-columns: minmax(0, 1fr); }
.docrunner-side-label { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: var(--bs-secondary-color); }
pre.docrunner-lines { margin: .25rem 0 0; padding: .5rem; background: var(--bs-body-bg); border: 1px solid var(--bs-border-color); border-radius: .25rem; overflow-x: auto; font-family: var(--bs-font-monospace); font-size: .8rem; line-height: 1.5; }
.docrunner-line { display: inline-block; min-width: 100%; }
.docrunner-line.is-removed { background: var(--preview-removed); }
.docrunner-line.is-added { background: var(--preview-added); }
.docrunner-line.is-tolerated { text-decoration: underline dotted var(--bs-secondary-color); }
.docrunner-line.is-gap { background: repeating-linear-gradient(135deg, transparent 0 4px, var(--bs-tertiary-bg) 4px 8px); }
.docrunner-line.is-empty { font-style: italic; color: var(--bs-secondary-color); }
.docrunner-hint { margin-top: .4rem; font-size: .8rem; color: var(--bs-secondary-color); }
.docrunner-live { position: fixed; right: 1rem; bottom: 1rem; z-index: 20; padding: .25rem .75rem; border-radius: 1rem; border: 1px solid var(--bs-border-color); background: var(--bs-body-bg); color: var(--bs-secondary-color); font-size: .8rem; box-shadow: 0 .125rem .5rem rgba(0, 0, 0, .15); }
.docrunner-live::before { content: "●"; margin-right: .35rem; color: var(--bs-success); }
.docrunner-live.is-running::before { color: #ffc107; }
.docrunner-live.is-offline::before { color: #dc3545; }
"""";
}
