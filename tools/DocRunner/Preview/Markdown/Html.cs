using System.Net;

namespace DocRunner.Preview.Markdown;

/// <summary>HTML escaping for text and attribute values.</summary>
public static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
