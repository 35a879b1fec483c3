#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto, for SHA-256 (hardware SHA extensions where the CPU has them). */
#include <openssl/evp.h>
#endif
