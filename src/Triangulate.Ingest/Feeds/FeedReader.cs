using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.Sources;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Feeds;

/// <summary>Turns a feed file into one document per item; bad items become TRI1011 and the rest are still read.</summary>
internal static class FeedReader
{
    public static IEnumerable<IngestItem> Read(byte[] bytes, int length, SourceInfo source, IngestOptions options)
    {
        var span = bytes.AsSpan(0, length);
        var decoded = TextDecoder.Decode(span, HtmlCharset.FindDeclared(span));
        if (decoded.UsedFallback)
        {
            yield return new IngestItem(null, [IngestDiagnostics.EncodingFallback(source.Input)]);
        }

        var feed = FeedXml.Parse(decoded.Text, out var failure, out var notAFeed);
        if (feed is null)
        {
            yield return notAFeed
                ? IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.UnsupportedFormat, $"{failure}; only RSS, Atom and RDF feeds are read as XML"))
                : IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.MalformedFeed, $"the feed cannot be read: {failure}"));
            yield break;
        }

        if (feed.Items.Count == 0)
        {
            yield return IngestItem.Failed(Diagnostic.Warning(source.Input, ErrorCodes.EmptyInput, "the feed has no items"));
            yield break;
        }

        var failed = 0;
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = ReadItem(feed, i, source, options);
            failed += item.Document is null ? 1 : 0;
            yield return item;
        }

        if (feed.Repaired && failed == 0)
        {
            yield return IngestItem.Failed(Diagnostic.Warning(
                source.Input,
                ErrorCodes.MalformedFeed,
                $"the feed is not well-formed XML ({feed.RepairReason}); its items were read one by one"));
        }
    }

    private static IngestItem ReadItem(FeedDocument feed, int index, SourceInfo source, IngestOptions options)
    {
        var suffix = "#" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var input = source.Input + suffix;
        var element = feed.Items[index];
        if (element is null)
        {
            return IngestItem.Failed(Diagnostic.Error(input, ErrorCodes.MalformedFeedItem, $"feed item {index + 1} is not well-formed XML and was skipped: {feed.ItemErrors[index]}"));
        }

        var entry = FeedEntryParser.Parse(element, out var problem);
        if (entry is null)
        {
            return IngestItem.Failed(Diagnostic.Error(input, ErrorCodes.MalformedFeedItem, $"feed item {index + 1} was skipped: {problem}"));
        }

        if (entry.Body.Length > options.MaxRecordBytes)
        {
            return IngestItem.Failed(IngestDiagnostics.RecordTooLarge(input, entry.Body.Length, options.MaxRecordBytes, $"feed item {index + 1}"));
        }

        var hints = new DocumentHints
        {
            Title = entry.Title,
            Outlet = FeedTitle.ToOutlet(feed.Title),
            Url = entry.Link,
            Published = DateParsing.Parse(entry.Published),
            Byline = entry.Author,
            Feed = source.Input,
        };
        var document = new RawDocument(input, source.Locator(entry.Link, suffix), entry.Format, TextNormalizer.Normalize(entry.Body), hints);
        return IngestItem.Of(document);
    }
}
