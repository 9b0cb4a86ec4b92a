// Inflates gzip files with zlib and throws the output away: the "zlib inflate alone" yardstick
// of Benchmarks/compare.sh, which builds it (cc -O2 inflate.c -lz). 64 KiB of input and
// 256 KiB of output at a time, member after member; prints the inflated bytes on stderr.
//
//     inflate FILE.gz...
#include <stdio.h>
#include <string.h>
#include <zlib.h>

int main(int argc, char **argv) {
    static unsigned char in[1 << 16], out[1 << 18];
    unsigned long long total = 0;
    for (int a = 1; a < argc; a++) {
        FILE *file = fopen(argv[a], "rb");
        if (!file) {
            perror(argv[a]);
            return 1;
        }
        z_stream stream;
        memset(&stream, 0, sizeof stream);
        if (inflateInit2(&stream, 15 + 16) != Z_OK) return 1;  // gzip wrapper
        for (;;) {
            if (stream.avail_in == 0) {
                stream.next_in = in;
                stream.avail_in = (uInt)fread(in, 1, sizeof in, file);
                if (stream.avail_in == 0) break;
            }
            stream.next_out = out;
            stream.avail_out = sizeof out;
            int status = inflate(&stream, Z_NO_FLUSH);
            total += sizeof out - stream.avail_out;
            if (status == Z_STREAM_END) {
                inflateReset(&stream);  // a member ends; what follows starts the next one
            } else if (status != Z_OK && status != Z_BUF_ERROR) {
                fprintf(stderr, "%s: %s\n", argv[a], stream.msg ? stream.msg : "inflate failed");
                return 1;
            }
        }
        inflateEnd(&stream);
        fclose(file);
    }
    fprintf(stderr, "%llu\n", total);
    return 0;
}
