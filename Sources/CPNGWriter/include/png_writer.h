#ifndef SCORECARD_PNG_WRITER_H
#define SCORECARD_PNG_WRITER_H
#include <stddef.h>

/// Receives each chunk of PNG bytes; returns 0 to go on, non-zero to stop with an error.
typedef int (*scorecard_png_sink)(void *closure, const unsigned char *bytes, size_t length);

/// Writes an opaque 8-bit RGB PNG from cairo's CAIRO_FORMAT_RGB24 pixels (native-endian 0x00RRGGBB words)
/// through libpng, with the given zlib level (0-9) and no row filter.
/// Returns 0 on success, else non-zero with libpng's message in `error` (NUL-terminated).
int scorecard_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride, int level,
                              scorecard_png_sink sink, void *closure, char *error, size_t error_size);

#endif
