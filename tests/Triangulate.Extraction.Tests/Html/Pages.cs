namespace Triangulate.Extraction.Tests.Html;

/// <summary>Small hand-written pages for the extractor tests (our own text, no real articles).</summary>
internal static class Pages
{
    public const string Para1 = "The river council voted on Tuesday to reopen the old stone bridge, which had been closed for repairs since the spring floods damaged its eastern arch.";
    public const string Para2 = "Engineers said the repairs, which cost about four million, had been finished two weeks early, and that the bridge would carry buses again from Monday.";
    public const string Para3 = "Residents on both banks, who had faced a detour of almost half an hour each way, welcomed the news, though some asked why the work took so long.";
    public const string Heading = "What happens next";
    public const string Para4 = "The council will now review the state of the town's three other bridges, a survey it says will be published before the end of the year.";

    /// <summary>A page with the usual furniture around a four-paragraph article.</summary>
    public static string Article(string extraHead = "", string insideArticle = "", string afterArticle = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Old bridge to reopen | The Riverside Post</title>
          <meta property="og:site_name" content="The Riverside Post">
          {{extraHead}}
        </head>
        <body>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
          <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <main>
            <article class="story">
              <h1>Old bridge to reopen</h1>
              <div class="byline">By Ann Example</div>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <figure><img src="bridge.jpg"><figcaption>The bridge in 1910, before the flood defences were built along the river.</figcaption></figure>
              <div class="story-body">
                <p>{{Para1}}</p>
                <p>{{Para2}}</p>
                <div class="ad-slot">Advertisement</div>
                <p>{{Para3}}</p>
                <h2>{{Heading}}</h2>
                <p>{{Para4}}</p>
                {{insideArticle}}
              </div>
              <div class="related-stories"><h3>Related stories</h3><ul>
                <li><a href="/a">Flood damage worse than feared, council report finds after survey</a></li>
                <li><a href="/b">Bus routes to change during the bridge repair works this summer</a></li>
                <li><a href="/c">Letters: readers on the future of the town centre and its bridges</a></li>
              </ul></div>
            </article>
            {{afterArticle}}
            <section class="comments"><h3>Comments</h3>
              <div class="comment"><p>Finally! I have been waiting for this for months, and the detour was a nightmare for everyone in town.</p></div>
              <div class="comment"><p>Four million for a bridge repair seems like a lot of money, does anyone know who the contractor was?</p></div>
            </section>
          </main>
          <footer class="site-footer"><p>Copyright 2024 The Riverside Post. All rights reserved. Contact us, terms of use and privacy policy.</p></footer>
        </body>
        </html>
        """;
}
