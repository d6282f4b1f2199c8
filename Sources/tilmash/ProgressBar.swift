import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
  var total: Int?
  private let enabled: Bool
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(enabled: Bool) {
    self.enabled = enabled && isatty(STDERR_FILENO) != 0
  }

  mutating func update(documents: Int, bytes: Int) {
    guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = Date()
    var line = "\r"
    if let total, total > 0 {
      let width = 30
      let filled = min(width, documents * width / total)
      line += "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
      line += "\(documents)/\(total) documents"
    } else {
      line += "\(documents) documents"
    }
    line += String(format: ", %.1f MB", Double(bytes) / 1_000_000)
    FileHandle.standardError.write(Data(line.utf8))
    drawn = true
  }

  mutating func clear() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    drawn = false
  }
}
