#ifndef SCORECARD_CXLSXWRITER_SHIM_H
#define SCORECARD_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
