using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Reports.Html;

/// <summary>
/// The report's inline stylesheet and script, and a Content-Security-Policy that allows exactly these two
/// (by SHA-256 hash) and nothing else: no network requests, no other scripts, no inline event handlers.
/// System fonts only; colours meet WCAG AA contrast in light and dark schemes.
/// </summary>
internal static class ReportAssets
{
    public const string Css = """
:root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1b1b1b;--muted:#5a5a5a;--line:#d6d6d2;--card:#ffffff;--accent:#0b57d0;--mark:#fff2a8;--mark-fg:#1b1b1b;--err:#b3261e;--warn:#8a5300;--info:#2f5d8a}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e8e6;--muted:#a9a9a6;--line:#3a3a38;--card:#1c1c1b;--accent:#8ab4f8;--mark:#5c4b00;--mark-fg:#fff8d6;--err:#f2b8b5;--warn:#f5c26b;--info:#9ecaff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:72rem;padding:1rem;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}h3{font-size:1.1rem;margin:.2rem 0 .5rem}h4{font-size:1rem;margin:1rem 0 .3rem}
a{color:var(--accent)}a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
nav ul{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.muted{color:var(--muted)}
.generated{color:var(--muted);margin:0}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(7.5rem,1fr));gap:.5rem;margin:0}
.count{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}
.count dt{color:var(--muted);font-size:.85rem}.count dd{margin:0;font-size:1.4rem;font-weight:600}
.level-error .badge,.count.level-error dd{color:var(--err)}.level-warning .badge,.count.level-warning dd{color:var(--warn)}.level-info .badge,.count.level-info dd{color:var(--info)}
.badge{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;font-size:.8rem;white-space:nowrap}
.article,.story{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.75rem 1rem;margin:1rem 0}
.meta{display:grid;grid-template-columns:1fr;gap:.15rem;margin:0 0 .75rem}
.meta div{display:flex;gap:.5rem}.meta dt{color:var(--muted);min-width:6rem}.meta dd{margin:0}
@media (min-width:48rem){.meta{grid-template-columns:1fr 1fr}}
.text{white-space:pre-wrap;max-width:46rem;font-size:1.02rem}
mark{background:var(--mark);color:var(--mark-fg);border-radius:.15rem}
mark:target{outline:3px solid var(--accent)}
.article:target{outline:3px solid var(--accent)}
details.removed{margin-top:.75rem}details.removed summary{cursor:pointer;color:var(--muted)}
.removed-text{white-space:pre-wrap}
.evidence{margin:.25rem 0 .5rem;padding-left:1.2rem;font-size:.95rem}
q{font-style:italic}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.35rem .5rem}
.inputs li{margin:.2rem 0}
.status-corroborated{color:var(--info)}.status-conflicting{color:var(--err);font-weight:600}.status-unique{color:var(--muted)}
.conflicts>li{border-left:3px solid var(--err);padding-left:.5rem}
.series{list-style:none;padding-left:0;margin:.25rem 0}.series>li{border-left:2px solid var(--line);padding-left:.5rem;margin:.2rem 0}
.sparkline{display:block;color:var(--info)}.step-contradiction{color:var(--err)}.step-update{color:var(--info)}.step-compatible{color:var(--muted)}
table.framing td p{margin:0 0 .25rem}
.site-nav{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.3rem 0 1rem}
.filter-box{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:.5rem 0}
.filter-box input[type=search]{font:inherit;padding:.3rem .5rem;min-width:min(18rem,100%);border:1px solid var(--line);border-radius:.3rem;background:var(--card);color:var(--fg)}
table.stories td.num,table.stories th.num{text-align:right;white-space:nowrap}
table.stories td.when{white-space:nowrap}
table.stories th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:var(--accent);cursor:pointer;text-align:inherit}
table.stories th[aria-sort=ascending] button::after{content:" \25B2"}table.stories th[aria-sort=descending] button::after{content:" \25BC"}
figure.chart{margin:.5rem 0 1rem}figure.chart svg{display:block;width:100%;height:auto;max-width:64rem}
figure.chart figcaption{font-size:.85rem;color:var(--muted)}
.ch-axis{stroke:var(--muted);stroke-width:1}.ch-grid{stroke:var(--line);stroke-width:1;stroke-dasharray:2 3}
.ch-label{fill:var(--fg);font-size:11px}.ch-muted{fill:var(--muted);font-size:10px}
.cv-orig{fill:var(--accent)}.cv-copy{fill:var(--bg);stroke:var(--warn);stroke-width:1.6}
.tr-root{fill:var(--card);stroke:var(--accent);stroke-width:1.5}.tr-node{fill:var(--card);stroke:var(--line)}.tr-edge{stroke:var(--muted);fill:none}
.st-line{stroke:var(--accent);fill:none;stroke-width:2}.st-dot{fill:var(--accent)}.st-update{fill:var(--warn)}.st-contradiction{fill:var(--err)}
details.claim-group{margin:.4rem 0}details.claim-group>summary{cursor:pointer;font-weight:600}
.story-head{color:var(--muted);margin:.2rem 0 1rem}
@media (max-width:40rem){body{padding:.6rem}.meta dt{min-width:5rem}.article,.story{padding:.6rem}}
@media print{nav{display:none}.article,.story{break-inside:avoid-page;border:none}}
""";

    /// <summary>
    /// Opens any closed &lt;details&gt; around the target of a link, so citations always land visibly; on a story
    /// index (table#story-table) it turns the headers into sort buttons and shows the filter box. Without script
    /// every page still reads in full: the table is in a sensible order and the filter box stays hidden.
    /// </summary>
    public const string Script = """
(function(){function show(){var id=location.hash.slice(1);if(!id)return;var el=document.getElementById(decodeURIComponent(id));for(var p=el;p;p=p.parentElement){if(p.tagName==="DETAILS")p.open=true;}}window.addEventListener("hashchange",show);show();
var t=document.getElementById("story-table");if(!t||!t.tBodies.length)return;var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),heads=t.tHead.rows[0].cells;
function key(r,i,num){var c=r.cells[i],v=c.getAttribute("data-v");if(v===null)v=c.textContent;if(!num)return v.toLowerCase();v=parseFloat(v);return isNaN(v)?-Infinity:v;}
Array.prototype.forEach.call(heads,function(th,i){var b=document.createElement("button");b.type="button";b.textContent=th.textContent;th.textContent="";th.appendChild(b);
b.addEventListener("click",function(){var dir=th.getAttribute("aria-sort")==="descending"?1:-1,num=th.getAttribute("data-type")==="number";Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});th.setAttribute("aria-sort",dir>0?"ascending":"descending");
rows.sort(function(a,c){var x=key(a,i,num),y=key(c,i,num);return x < y ? -dir : x > y ? dir : 0;});rows.forEach(function(r){body.appendChild(r);});});});
var box=document.getElementById("story-filter-box"),q=document.getElementById("story-filter"),multi=document.getElementById("story-multi"),shown=document.getElementById("story-shown");if(!box)return;box.hidden=false;
function apply(){var words=q.value.toLowerCase().split(/\s+/).filter(Boolean),n=0;rows.forEach(function(r){var text=r.textContent.toLowerCase(),ok=words.every(function(w){return text.indexOf(w)>=0;});if(ok&&multi.checked&&parseFloat(r.getAttribute("data-articles"))<2)ok=false;r.hidden=!ok;if(ok)n++;});shown.textContent=n+" of "+rows.length+" stories shown";}
q.addEventListener("input",apply);multi.addEventListener("change",apply);apply();})();
""";

    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string content) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
