/// One cell of a CSV or TSV record, unquoted, with where it starts in the file.
struct DelimitedField: Sendable {
  var text: String
  var line: Int
  var column: Int
}
