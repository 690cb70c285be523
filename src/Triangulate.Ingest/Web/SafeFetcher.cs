using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Triangulate.Ingest.Web;

/// <summary>
/// Fetches from the web without becoming a proxy into the host's network (SSRF). Every connection — the
/// first and each redirect — goes through <see cref="ConnectAsync"/>, which resolves the name itself and
/// refuses when any resolved address fails <see cref="UrlFetchOptions.IsAllowed"/> (unless the host was named
/// in <see cref="UrlFetchOptions.AllowedHosts"/>); so a public name that resolves to 127.0.0.1, or a redirect
/// to the metadata service, is refused at connect time, after DNS, not only on the URL's text. Redirects are
/// followed by hand so each hop's scheme and host are checked. Bodies are decompressed (gzip, deflate,
/// brotli) and capped after decompression.
/// </summary>
public sealed class SafeFetcher : IDisposable
{
    private readonly UrlFetchOptions _options;
    private readonly HttpClient _client;

    public SafeFetcher(UrlFetchOptions options)
        : this(options, null)
    {
    }

    /// <summary>With <paramref name="handler"/>, requests go to it instead of the network (no address check):
    /// for tests and benchmarks that simulate sites in process.</summary>
    internal SafeFetcher(UrlFetchOptions options, HttpMessageHandler? handler)
    {
        _options = options;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would connect on our behalf, bypassing the address check
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = 1, // one connection per host: politeness, and the watcher serialises per host anyway
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
        if (_client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        }
    }

    public UrlFetchOptions Options => _options;

    /// <summary>Fetches a page, following redirects; anything but a 2xx answer is a refusal.</summary>
    /// <exception cref="FetchRefusedException">The URL, an address, a redirect, the status, the size or the time is not allowed.</exception>
    public async Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken)
    {
        var response = await SendAsync(new FetchRequest(CheckUrl(url)), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw new FetchRefusedException($"the server answered {(int)response.Status} {response.Status}");
        }

        return new FetchedPage(response.Url, response.MediaType, Decode(response.Body, response.Charset));
    }

    /// <summary>One GET (conditional when the request carries validators). Non-2xx statuses are answers, not errors.</summary>
    /// <exception cref="FetchRefusedException">The URL, an address, a redirect, the size or the time is not allowed, or the connection failed.</exception>
    public async Task<FetchResponse> SendAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            return await FollowAsync(request, CheckUrl(request.Url.AbsoluteUri), watch, budget.Token).ConfigureAwait(false);
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

    private async Task<FetchResponse> FollowAsync(FetchRequest request, Uri uri, Stopwatch watch, CancellationToken ct)
    {
        for (var hop = 0; ; hop++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, uri);
            AddValidators(message, request);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
            {
                var target = new Uri(uri, location);
                if (!request.FollowRedirects)
                {
                    return Describe(response, uri, [], watch) with { Location = target };
                }

                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchRefusedException($"more than {_options.MaxRedirects} redirects");
                }

                uri = CheckUrl(target.AbsoluteUri);
                continue;
            }

            var body = response.IsSuccessStatusCode ? await ReadBoundedAsync(response.Content, ct).ConfigureAwait(false) : [];
            return Describe(response, uri, body, watch);
        }
    }

    private static void AddValidators(HttpRequestMessage message, FetchRequest request)
    {
        if (request.IfNoneMatch is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.IfModifiedSince is { } since)
        {
            message.Headers.IfModifiedSince = since;
        }
    }

    private static FetchResponse Describe(HttpResponseMessage response, Uri uri, byte[] body, Stopwatch watch)
    {
        var type = response.Content.Headers.ContentType;
        return new FetchResponse(uri, response.StatusCode, body, watch.Elapsed)
        {
            MediaType = type?.MediaType,
            Charset = type?.CharSet?.Trim('"'),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
            RetryAfter = RetryAfterOf(response),
        };
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retry = response.Headers.RetryAfter;
        if (retry?.Delta is { } delta)
        {
            return delta;
        }

        if (retry?.Date is { } date)
        {
            // Relative to the server's own clock, so a skewed local clock does not stretch or cancel the wait.
            var now = response.Headers.Date ?? DateTimeOffset.UtcNow;
            return date > now ? date - now : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Only absolute http(s) URLs; a literal address is checked here for a clear message (names are checked at connect).</summary>
    private Uri CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AddressRefusedException("only absolute http:// and https:// URLs can be fetched");
        }

        if (IPAddress.TryParse(uri.IdnHost, out var literal) && !_options.IsAllowedHost(uri.IdnHost) && !_options.IsAllowed(new IPEndPoint(literal, uri.Port)))
        {
            throw new AddressRefusedException($"the address {literal} is not public (loopback, private, link-local or metadata); refused (name it with --allow-host to reach it)");
        }

        return uri;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await _options.Resolve(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"the name {host} did not resolve");
        }

        if (!_options.IsAllowedHost(host))
        {
            foreach (var address in addresses)
            {
                // All must pass: connecting to "the first public one" would let a name list a private address for a later retry.
                if (!_options.IsAllowed(new IPEndPoint(address, port)))
                {
                    throw new AddressRefusedException($"{host} resolves to {address}, which is not public (loopback, private, link-local or metadata); refused (name it with --allow-host to reach it)");
                }
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

    /// <summary>The body as text in its declared charset, UTF-8 when none is declared or it is unknown.</summary>
    public static string Decode(byte[] body, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (charset is { Length: > 0 })
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
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
