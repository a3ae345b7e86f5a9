namespace DocRunner.Rewriting;

/// <summary>Replace the characters in [Start, End) of a page's text with <c>Text</c>.</summary>
public sealed record PageEdit(int Start, int End, string Text);
