#define _XOPEN_SOURCE 700
#include "CWidth.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

int tandem_wcwidth(uint32_t scalar) {
    return wcwidth((wchar_t)scalar);
}

static int is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int tandem_ensure_utf8_locale(void) {
    if (is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "") && is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") && is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") && is_utf8()) return 1;
    return 0;
}
