import Testing

@testable import TilmashGlossary

struct ExpansionTests {
  let nazarbayev = Entry(
    id: "per-nazarbayev", kind: .person,
    forms: [
      "en": [Form("Nursultan Nazarbayev", status: .preferred)], "kk": [Form("Нұрсұлтан Назарбаев", status: .preferred)],
      "ru": [Form("Нурсултан Назарбаев", status: .preferred)],
    ])

  @Test func namesAnswerToEveryKazakhScheme() {
    let forms = nazarbayev.recognizedForms()
    let derived = forms.filter { $0.origin.isDerived }
    // The English press spelling is the written English form, so it is not listed twice.
    #expect(Set(derived.compactMap(\.origin.scheme)) == ["kk-latn-2021", "kk-bgn", "kk-tr-press"])
    #expect(derived.allSatisfy { $0.status == .preferred })
    #expect(forms.contains { $0.language == "kk-Latn" && $0.text == "Nūrsūltan Nazarbaev" })
    #expect(forms.filter { $0.language == "en" }.count >= 1)
  }

  @Test func termsGetKazakhLatinOnlyWhenMissing() {
    let term = Entry(id: "t", forms: ["kk": [Form("сыртқы істер министрлігі", status: .preferred)]])
    #expect(term.recognizedForms().map(\.text) == ["сыртқы істер министрлігі", "syrtqy ıster ministrlıgı"])
    var given = term
    given.forms["kk-Latn"] = [Form("syrtqy ister ministrligi", status: .preferred)]
    #expect(given.recognizedForms().count == 2)
  }
}
