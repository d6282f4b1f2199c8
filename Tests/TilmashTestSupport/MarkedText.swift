/// Text with the expected annotation spans marked by `⟦` and `⟧`, as in swift-format's
/// MarkedText: `"⟦Akar⟧ met ⟦Yermekbayev⟧"` is the text `"Akar met Yermekbayev"` with two spans.
public struct MarkedText {
  public var text: String
  public var spans: [String]

  public init(_ marked: String) {
    var text = ""
    var spans: [String] = []
    var current: String?
    for character in marked {
      switch character {
      case "⟦": current = ""
      case "⟧":
        if let span = current { spans.append(span) }
        current = nil
      default:
        text.append(character)
        current?.append(character)
      }
    }
    self.text = text
    self.spans = spans
  }
}
