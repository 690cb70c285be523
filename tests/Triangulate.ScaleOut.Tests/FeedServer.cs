using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A JSON Feed with full-text items on 127.0.0.1 (HttpListener), whose items a test adds while it is watched;
/// any other path answers 404. Counts the feed's requests, so a test can tell polls apart.</summary>
public sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Id, string Title, string Body)> _items = [];
    private readonly Lock _gate = new();
    private int _feedRequests;

    private FeedServer(int port)
    {
        Address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public string FeedUrl => new Uri(Address, "feed.json").AbsoluteUri;

    public int FeedRequests => Volatile.Read(ref _feedRequests);

    public static FeedServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FeedServer(port);
    }

    public void Add(string id, string title, string body)
    {
        lock (_gate)
        {
            _items.Add((id, title, body));
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var response = context.Response;
            if (context.Request.Url?.AbsolutePath == "/feed.json")
            {
                Interlocked.Increment(ref _feedRequests);
                var bytes = Encoding.UTF8.GetBytes(Feed());
                response.ContentType = "application/feed+json";
                await response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                response.StatusCode = 404;
            }

            response.Close();
        }
    }

    private string Feed()
    {
        lock (_gate)
        {
            return JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["version"] = "https://jsonfeed.org/version/1.1",
                ["title"] = "Test Harbour Gazette",
                ["items"] = _items.Select(i => new Dictionary<string, string>
                {
                    ["id"] = i.Id,
                    ["url"] = new Uri(Address, "news/" + i.Id).AbsoluteUri,
                    ["title"] = i.Title,
                    ["content_text"] = i.Body,
                    ["date_published"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                }).ToList(),
            });
        }
    }

    public void Dispose() => _listener.Close();
}
