#include "cicu.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

uint32_t cicu_version(void) {
  UVersionInfo version;
  u_getVersion(version);
  return (uint32_t)version[0] << 24 | (uint32_t)version[1] << 16 | (uint32_t)version[2] << 8 | version[3];
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
  switch (form) {
  case CICU_NFC: return unorm2_getNFCInstance(status);
  case CICU_NFD: return unorm2_getNFDInstance(status);
  case CICU_NFKC: return unorm2_getNFKCInstance(status);
  case CICU_NFKD: return unorm2_getNFKDInstance(status);
  case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
  default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = normalizer(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &code);
  }
  *status = code;
  return result;
}

int32_t cicu_quick_check(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = normalizer(form, &code);
  int32_t result = CICU_QC_NO;
  if (U_SUCCESS(code)) {
    switch (unorm2_quickCheck(n, (const UChar *)src, length, &code)) {
    case UNORM_YES: result = CICU_QC_YES; break;
    case UNORM_MAYBE: result = CICU_QC_MAYBE; break;
    default: result = CICU_QC_NO; break;
    }
  }
  *status = code;
  return result;
}

int32_t cicu_span_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = normalizer(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_spanQuickCheckYes(n, (const UChar *)src, length, &code);
  }
  *status = code;
  return result;
}

int32_t cicu_nfc_boundary_before(uint32_t codepoint) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFCInstance(&code);
  return U_SUCCESS(code) && unorm2_hasBoundaryBefore(n, (UChar32)codepoint);
}

int32_t cicu_nfc_inert(uint32_t codepoint) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFCInstance(&code);
  return U_SUCCESS(code) && unorm2_isInert(n, (UChar32)codepoint);
}

int32_t cicu_nfc_yes_starter(uint32_t codepoint) {
  return u_getIntPropertyValue((UChar32)codepoint, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass((UChar32)codepoint) == 0;
}

int32_t cicu_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result = u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &code);
  *status = code;
  return result;
}

int32_t cicu_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result = u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, &code);
  *status = code;
  return result;
}

int32_t cicu_to_title(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                      int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result =
      u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, NULL, locale, &code);
  *status = code;
  return result;
}

int32_t cicu_fold_case(int32_t turkic, const uint16_t *src, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  uint32_t options = turkic ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT;
  int32_t result = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length, options, &code);
  *status = code;
  return result;
}

int32_t cicu_script(uint32_t codepoint) {
  UErrorCode code = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)codepoint, &code);
  if (U_FAILURE(code)) return 0;
  switch (script) {
  case USCRIPT_LATIN: return 1;
  case USCRIPT_CYRILLIC: return 2;
  case USCRIPT_COMMON:
  case USCRIPT_INHERITED: return 3;
  default: return 0;
  }
}

cicu_transliterator *cicu_trans_open_id(const uint16_t *id, int32_t idLength, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &code);
  *status = code;
  return (cicu_transliterator *)t;
}

cicu_transliterator *cicu_trans_open_rules(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t *parseLine, int32_t *parseOffset,
                                           uint16_t *preContext, uint16_t *postContext,
                                           int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof parseError);
  UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, (const UChar *)rules,
                                    rulesLength, &parseError, &code);
  *parseLine = parseError.line;
  *parseOffset = parseError.offset;
  memcpy(preContext, parseError.preContext, sizeof parseError.preContext);
  memcpy(postContext, parseError.postContext, sizeof parseError.postContext);
  *status = code;
  return (cicu_transliterator *)t;
}

int32_t cicu_trans_transliterate(const cicu_transliterator *trans, uint16_t *text, int32_t length,
                                 int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t limit = length;
  int32_t textLength = length;
  utrans_transUChars((const UTransliterator *)trans, (UChar *)text, &textLength, capacity, 0, &limit,
                     &code);
  *status = code;
  return textLength;
}

int32_t cicu_trans_transliterate_utf8(const cicu_transliterator *trans, const char *src, int32_t srcLength,
                                      char *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t units = 0;
  u_strFromUTF8(NULL, 0, &units, src, srcLength, &code);
  if (U_FAILURE(code) && code != U_BUFFER_OVERFLOW_ERROR) {
    *status = code;
    return -1;
  }
  // The growth policy of the UTF-16 entry point's callers: 3 units per unit, then 4 times more
  // while under 64 per unit.
  int64_t capacity = (int64_t)units * 3 + 16;
  UChar local[1024];
  for (;;) {
    if (capacity > INT32_MAX) {
      *status = U_BUFFER_OVERFLOW_ERROR;
      return -1;
    }
    UChar *text = capacity <= 1024 ? local : (UChar *)malloc((size_t)capacity * sizeof(UChar));
    if (text == NULL) {
      *status = U_MEMORY_ALLOCATION_ERROR;
      return -1;
    }
    code = U_ZERO_ERROR;
    u_strFromUTF8(text, (int32_t)capacity, NULL, src, srcLength, &code);
    code = U_ZERO_ERROR;
    int32_t length = units;
    int32_t limit = units;
    utrans_transUChars((const UTransliterator *)trans, text, &length, (int32_t)capacity, 0, &limit, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR && capacity < (int64_t)units * 64 + 1024) {
      if (text != local) free(text);
      capacity *= 4;
      continue;
    }
    if (U_FAILURE(code)) {
      if (text != local) free(text);
      *status = code;
      return -1;
    }
    code = U_ZERO_ERROR;
    int32_t written = 0;
    u_strToUTF8WithSub(dest, destCapacity, &written, text, length, 0xFFFD, NULL, &code);
    if (text != local) free(text);
    *status = code;
    return written;
  }
}

void cicu_trans_close(cicu_transliterator *trans) { utrans_close((UTransliterator *)trans); }
