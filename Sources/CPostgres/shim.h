#include <libpq-fe.h>
#include <locale.h>
#include <stdlib.h>

/* glibc's strtod with an explicit locale (declared by stdlib.h only under _GNU_SOURCE). */
extern double strtod_l(const char *restrict text, char **restrict end, locale_t locale);

/// A number as PostgreSQL writes it (`1.5`, `1e+20`, `NaN`, `-Infinity`), read in `c_locale`
/// (a "C" LC_NUMERIC locale) whatever locale the process has set.
static inline double scorecard_pq_strtod(const char *text, locale_t c_locale) {
    return strtod_l(text, NULL, c_locale);
}
