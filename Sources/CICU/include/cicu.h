#ifndef CICU_H
#define CICU_H

// A small C bridge to the system's ICU. This header includes no ICU header and exposes no ICU
// type, so Swift modules can import it next to Foundation (which carries its own ICU).
// Strings are UTF-16 buffers with explicit lengths; `status` receives ICU's UErrorCode
// (> 0 is a failure, < 0 a warning). On buffer overflow a function returns the length needed.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalization forms, in the order of `cicu_normalize`'s `form` argument.
enum {
  CICU_NFC = 0,
  CICU_NFD = 1,
  CICU_NFKC = 2,
  CICU_NFKD = 3,
  CICU_NFKC_CASEFOLD = 4,
};

/// Quick-check results.
enum { CICU_QC_NO = 0, CICU_QC_YES = 1, CICU_QC_MAYBE = 2 };

const char *cicu_error_name(int32_t status);

/// The version of the ICU library loaded, packed one byte per part: major, minor, milli, micro.
uint32_t cicu_version(void);

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status);
int32_t cicu_quick_check(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/// Length of the prefix of `src` that is already normalized (unorm2_spanQuickCheckYes).
int32_t cicu_span_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status);

/// Whether NFC has a boundary before the code point (nothing before it can combine with it).
int32_t cicu_nfc_boundary_before(uint32_t codepoint);
/// Whether the code point is inert under NFC (never changes and never interacts with neighbours).
int32_t cicu_nfc_inert(uint32_t codepoint);
/// Whether the code point's NFC_Quick_Check is Yes and its canonical combining class 0: text of
/// such code points only is in NFC.
int32_t cicu_nfc_yes_starter(uint32_t codepoint);

/// Case mapping; `locale` is an ICU locale ID such as "tr", "kk", "az", "en" or "" (root).
int32_t cicu_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status);
int32_t cicu_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status);
int32_t cicu_to_title(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status);
/// Full case folding; `turkic` != 0 applies the Turkic rules (İ -> i, I -> ı).
int32_t cicu_fold_case(int32_t turkic, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status);

/// Script of a code point: 1 Latin, 2 Cyrillic, 3 Common or Inherited, 0 any other.
int32_t cicu_script(uint32_t codepoint);

/// An opaque transliterator handle.
typedef struct cicu_transliterator cicu_transliterator;

/// Opens a built-in transform by ID, such as "Any-Latin; Latin-ASCII".
cicu_transliterator *cicu_trans_open_id(const uint16_t *id, int32_t idLength, int32_t *status);
/// Compiles a rule set. On a parse error, `parseLine` and `parseOffset` locate it and
/// `preContext`/`postContext` (16 UTF-16 units each, NUL-terminated) hold the text around it.
cicu_transliterator *cicu_trans_open_rules(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t *parseLine, int32_t *parseOffset,
                                           uint16_t *preContext, uint16_t *postContext,
                                           int32_t *status);
/// Transliterates `text` in place; returns the new length (or the length needed on overflow,
/// leaving `text` unchanged).
int32_t cicu_trans_transliterate(const cicu_transliterator *trans, uint16_t *text, int32_t length,
                                 int32_t capacity, int32_t *status);
/// Transliterates UTF-8 `src` into `dest`, converting to and from UTF-16 inside (ill-formed
/// UTF-16 in the result becomes U+FFFD). Returns the UTF-8 length written, or needed when
/// `*status` is U_BUFFER_OVERFLOW_ERROR; returns -1 when the transliteration itself failed
/// (its result would not fit in 64 times the input plus 1024 units, or ICU reported an error).
int32_t cicu_trans_transliterate_utf8(const cicu_transliterator *trans, const char *src, int32_t srcLength,
                                      char *dest, int32_t destCapacity, int32_t *status);
void cicu_trans_close(cicu_transliterator *trans);

#ifdef __cplusplus
}
#endif

#endif
