import Foundation
import Testing
import TilmashTestSupport

/// The review page in a real headless browser (Debian's chromium, which .ci/run installs): it
/// renders, every highlight sits on the words the JSONL output names, and no tooltip or line
/// runs off a narrow or a wide window.
@Suite(.serialized)
struct HTMLBrowserTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Shows every mark's tooltip in turn and reports what the page looks like.
  static let probe = """
    <script>
    window.addEventListener('load', function () {
      var marks = Array.prototype.slice.call(document.querySelectorAll('mark.m'));
      var overflow = [];
      var width = document.documentElement.clientWidth;
      marks.forEach(function (m) {
        // A headless window may not have the focus, so that :focus never applies: show the
        // tooltip as focus would and let the page place it.
        var shown = m.querySelector('.tip');
        shown.style.display = 'block';
        m.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        var tip = shown.getBoundingClientRect();
        var box = m.getBoundingClientRect();
        if (tip.right > width + 0.5 || tip.left < -0.5 || tip.height === 0) overflow.push(m.firstChild.textContent);
        if (box.width === 0 || box.height === 0) overflow.push('invisible ' + m.firstChild.textContent);
        shown.style.display = '';
      });
      var result = {
        marks: marks.map(function (m) { return m.firstChild.textContent; }),
        overflow: overflow,
        pageOverflow: document.documentElement.scrollWidth > width
      };
      var pre = document.createElement('pre');
      pre.id = 'probe';
      pre.textContent = JSON.stringify(result);
      document.body.appendChild(pre);
    });
    </script>
    """

  struct Probe: Decodable {
    var marks: [String]
    var overflow: [String]
    var pageOverflow: Bool
  }

  static func render(_ page: URL, width: Int) throws -> Probe {
    let browser = try #require(chromium, "install Debian's chromium (see .ci/run)")
    let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe + "</body>")
    let probed = page.deletingLastPathComponent().appending(path: "probe-\(width).html")
    try Data(html.utf8).write(to: probed)
    let output = try TilmashProcess.temporaryFile([], name: "dom.html")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),900", "--dump-dom", probed.absoluteString,
    ]
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let dom = try String(contentsOfFile: output, encoding: .utf8)
    let start = try #require(dom.range(of: "<pre id=\"probe\">"))
    let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let json = String(dom[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(Probe.self, from: Data(json.utf8))
  }

  @Test func seedPagesRenderWithHighlightsOnTheAnnotatedWords() throws {
    let root = TilmashProcess.packageRoot
    let out = try TilmashProcess.temporaryDirectory()
    let html = try TilmashProcess.run(["annotate", "--format", "html", "--out", out.path(), "seeds"], in: root)
    #expect(html.status == 0, "\(html.stderr)")
    let jsonl = try TilmashProcess.run(["annotate", "seeds"], in: root)
    for line in jsonl.text.split(separator: "\n") {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let document = try #require(record["document"] as? String)
      let expected = try #require(record["annotations"] as? [[String: Any]]).compactMap { $0["text"] as? String }
      let page = out.appending(path: (document as NSString).lastPathComponent + ".html")
      for width in [420, 1200] {
        let probe = try Self.render(page, width: width)
        #expect(probe.marks == expected, "\(document) at \(width)px")
        #expect(probe.overflow.isEmpty, "\(document) at \(width)px: \(probe.overflow)")
        #expect(!probe.pageOverflow, "\(document) at \(width)px")
      }
    }
  }
}
