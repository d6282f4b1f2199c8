/// The shared frame of Tilmash's HTML pages: escaping, head with the inline style sheet, foot.
public enum HTMLPage {
  public static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.unicodeScalars.append(character)
      }
    }
    return output
  }

  static func head(title: String) -> String {
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      + "<title>\(escape(title))</title><style>\(style)</style></head><body>"
  }

  static let foot = "<footer>Made by Tilmash</footer><script>\(script)</script></body></html>\n"

  /// Keeps a tooltip inside the window: shown under its mark, moved left when it would run off
  /// the right edge. The page works without it; only the tooltip's place depends on it.
  static let script = """
    function place(m){var t=m.querySelector('.tip');if(!t)return;t.style.left='0';\
    var w=document.documentElement.clientWidth,r=t.getBoundingClientRect();\
    if(r.right>w-4){t.style.left=Math.min(0,w-4-r.right)+'px';}\
    r=t.getBoundingClientRect();if(r.left<4){t.style.left=(parseFloat(t.style.left)+4-r.left)+'px';}}
    function over(e){var m=e.target.closest&&e.target.closest('mark.m');if(m)place(m);}
    document.addEventListener('focusin',over);document.addEventListener('mouseover',over);
    """

  static let style = """
    :root{--term:#fde68a;--person:#bfdbfe;--place:#bbf7d0;--organization:#e9d5ff;--bad:#b91c1c}
    *{box-sizing:border-box}
    body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2937;background:#fafafa}
    header,main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
    h1{font-size:1.3rem;margin:.2rem 0;overflow-wrap:anywhere}
    h2{font-size:1.1rem}
    .summary{color:#4b5563;margin:.2rem 0}
    .chip{display:inline-block;border-radius:.8rem;padding:0 .5rem;font-size:.85rem;margin-right:.2rem}
    .chip.term{background:var(--term)}.chip.person{background:var(--person)}
    .chip.place{background:var(--place)}.chip.organization{background:var(--organization)}
    .chip.deprecated{background:#fee2e2;color:var(--bad)}
    .text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e5e7eb;border-radius:.5rem;padding:1rem 1.25rem}
    mark.m{position:relative;border-radius:.2rem;padding:0 .1rem;cursor:help;color:inherit}
    mark.term{background:var(--term)}mark.person{background:var(--person)}
    mark.place{background:var(--place)}mark.organization{background:var(--organization)}
    mark.partial{border-bottom:2px dotted #1e3a8a}
    mark.deprecated{text-decoration:line-through wavy var(--bad);outline:2px solid var(--bad)}
    mark.m:focus{outline:2px solid #2563eb}
    .tip{display:none;position:absolute;left:0;top:100%;z-index:10;min-width:12rem;max-width:min(22rem,80vw);
      background:#111827;color:#f9fafb;font-size:.85rem;line-height:1.4;padding:.4rem .6rem;border-radius:.4rem;
      white-space:normal;overflow-wrap:anywhere;box-shadow:0 4px 12px rgba(0,0,0,.25)}
    mark.m:hover .tip,mark.m:focus .tip,mark.m:focus-within .tip{display:block}
    table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
    th,td{border:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
    td.n{text-align:right}
    .error{color:var(--bad);font-weight:600}
    footer{color:#9ca3af;font-size:.8rem}
    """
}
