/// A stem that suffix analysis finds at the start of a word: a glossary word that ends some
/// form, and how many bytes of the word it covers (the surface stem: `bakanlığ` of
/// `bakanlığında` for `bakanlık`).
struct StemCandidate: Sendable {
  var stem: Int32
  var surfaceLength: Int32
}
