using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Triangulate.Server.Security;

/// <summary>
/// Fetches a page for URL ingest without becoming a proxy into the host's network (SSRF). Every
/// connection — the first and each redirect — goes through <see cref="ConnectAsync"/>, which resolves the
/// name itself and refuses when any resolved address fails <see cref="UrlFetchOptions.IsAllowed"/>; so a
/// public name that resolves to 127.0.0.1, or a redirect to the metadata service, is refused at connect
/// time, after DNS, not only on the URL's text. Redirects are followed by hand so each hop's scheme is checked.
/// </summary>
public sealed class SafeFetcher : IDisposable
{
    private readonly UrlFetchOptions _options;
    private readonly HttpClient _client;

    public SafeFetcher(UrlFetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would connect on our behalf, bypassing the address check
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Triangulate/1.0 (+url-ingest)");
    }

    /// <exception cref="FetchRefusedException">The URL, an address, a redirect, the size or the time is not allowed.</exception>
    public async Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.Timeout);
        try
        {
            return await FollowAsync(CheckUrl(url), budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchRefusedException($"the page did not arrive within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            throw Unwrap(ex) ?? new FetchRefusedException($"the fetch failed: {ex.Message}", ex);
        }
    }

    private async Task<FetchedPage> FollowAsync(Uri uri, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            using var response = await _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchRefusedException($"more than {_options.MaxRedirects} redirects");
                }

                uri = CheckUrl(new Uri(uri, location).AbsoluteUri);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchRefusedException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await ReadBoundedAsync(response.Content, ct).ConfigureAwait(false);
            return new FetchedPage(uri, response.Content.Headers.ContentType?.MediaType, Decode(body, response.Content.Headers.ContentType));
        }
    }

    /// <summary>Only absolute http(s) URLs; a literal address is checked here for a clear message (names are checked at connect).</summary>
    private Uri CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchRefusedException("only absolute http:// and https:// URLs can be ingested");
        }

        if (IPAddress.TryParse(uri.IdnHost, out var literal) && !_options.IsAllowed(new IPEndPoint(literal, uri.Port)))
        {
            throw new FetchRefusedException($"the address {literal} is not public (loopback, private, link-local or metadata); refused");
        }

        return uri;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"the name {host} did not resolve");
        }

        foreach (var address in addresses)
        {
            // All must pass: connecting to "the first public one" would let a name list a private address for a later retry.
            if (!_options.IsAllowed(new IPEndPoint(address, port)))
            {
                throw new FetchRefusedException($"{host} resolves to {address}, which is not public (loopback, private, link-local or metadata); refused");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > _options.MaxBytes)
        {
            throw TooLarge();
        }

        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            // Counted after decompression, so a small compressed bomb is stopped too.
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FetchRefusedException TooLarge() => new($"the page is larger than the limit of {_options.MaxBytes} bytes");

    private static string Decode(byte[] body, MediaTypeHeaderValue? type)
    {
        var encoding = Encoding.UTF8;
        if (type?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // Unknown charset: UTF-8 is the web's default and decodes ASCII markup correctly.
            }
        }

        return encoding.GetString(body);
    }

    private static FetchRefusedException? Unwrap(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is FetchRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
