#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, and its encoding header then pulls the system ICU headers,
   which clash with the ICU copy Foundation ships. We never touch the ICU fields of
   xmlCharEncodingHandler, so hide them from this module. */
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>

/* xmlFree is a global function pointer (a macro on Debian); Swift 6 cannot call it directly. */
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
