import Foundation
import Testing

@testable import TilmashText

struct JSONWriterTests {
  @Test(arguments: [
    ("", #""""#),
    ("Dışişleri Bakanlığı", #""Dışişleri Bakanlığı""#),
    (#"say "hi""#, #""say \"hi\"""#),
    (#"C:\path"#, #""C:\\path""#),
    ("a\nb\r\tc", #""a\nb\r\tc""#),
    ("\u{1}x\u{1F}", #""\u0001x\u001f""#),
    ("\"\"", #""\"\"""#),
    ("Қазақстан\n", #""Қазақстан\n""#),
    ("a\u{2028}b\u{2029}\u{2027}", #""a\u2028b\u2029\#u{2027}""#),
  ])
  func escapesStrings(value: String, expected: String) throws {
    var json = JSONWriter()
    json.string(value)
    #expect(json.text == expected)
    // And a JSON parser reads back the value.
    let decoded = try JSONSerialization.jsonObject(with: Data(json.bytes), options: [.fragmentsAllowed])
    #expect(decoded as? String == value)
  }

  @Test(arguments: [0, 7, 10, 42, 1_000, -1, -90, 123_456_789, Int.max, Int.min])
  func writesIntegersAsSwiftPrintsThem(value: Int) {
    var json = JSONWriter()
    json.int(value)
    #expect(json.text == String(value))
  }

  @Test func separatesMembersAndElements() throws {
    var json = JSONWriter()
    json.beginObject()
    json.field("n", 12)
    json.field("yes", true)
    json.field("no", false)
    json.key("list")
    json.beginArray()
    json.int(-3)
    json.string("ı")
    json.null()
    json.endArray()
    json.endObject()
    #expect(json.text == #"{"n":12,"yes":true,"no":false,"list":[-3,"ı",null]}"#)
    #expect(try JSONSerialization.jsonObject(with: Data(json.bytes)) is [String: Any])
  }

  @Test func keysEncodedOnceWriteAsNamesDo() {
    var once = JSONWriter()
    var each = JSONWriter()
    for json in [0, 1] {
      let name = json == 0 ? "say \"hi\"" : "byteStart"
      once.beginObject()
      once.field(JSONWriter.Key(name), 7)
      once.field(JSONWriter.Key("text"), "ı")
      once.field(JSONWriter.Key("partial"), false)
      once.endObject()
      each.beginObject()
      each.field(name, 7)
      each.field("text", "ı")
      each.field("partial", false)
      each.endObject()
    }
    #expect(once.text == each.text)
    #expect(once.text == #"{"say \"hi\"":7,"text":"ı","partial":false}{"byteStart":7,"text":"ı","partial":false}"#)
  }
}
