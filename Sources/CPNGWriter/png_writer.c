// A thin libpng wrapper: libpng reports errors by longjmp, which Swift cannot catch, so the
// setjmp lives here and Swift sees a status code and a message.
#include "png_writer.h"
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

struct context {
    scorecard_png_sink sink;
    void *closure;
    char *error;
    size_t error_size;
};

static void on_error(png_structp png, png_const_charp message) {
    struct context *context = png_get_error_ptr(png);
    if (context->error_size > 0) snprintf(context->error, context->error_size, "%s", message);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

static void on_write(png_structp png, png_bytep bytes, png_size_t length) {
    struct context *context = png_get_io_ptr(png);
    if (context->sink(context->closure, bytes, length) != 0) png_error(png, "cannot write the PNG bytes");
}

static void on_flush(png_structp png) { (void)png; }

int scorecard_png_write_rgb24(const unsigned char *pixels, int width, int height, int stride, int level,
                              scorecard_png_sink sink, void *closure, char *error, size_t error_size) {
    struct context context = {sink, closure, error, error_size};
    if (error_size > 0) error[0] = 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &context, on_error, on_warning);
    if (!png) {
        if (error_size > 0) snprintf(error, error_size, "libpng could not start");
        return 1;
    }
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        if (!info && error_size > 0) snprintf(error, error_size, "libpng could not start");
        png_destroy_write_struct(&png, &info);
        return 1;
    }
    png_set_write_fn(png, &context, on_write, on_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_write_info(png, info);
    // One 32-bit word per pixel, 0x00RRGGBB: B, G, R, unused in memory on little-endian machines.
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < height; y++) png_write_row(png, (png_const_bytep)(pixels + (size_t)y * (size_t)stride));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return 0;
}
