"""Inflates gzip files with zlib and throws the output away: the "zlib inflate alone" yardstick
of Benchmarks/compare.sh. Python's zlib module calls the system's zlib, the library piiscan
reads .gz inputs with; the output comes in 64 KiB pieces, so Python's own cost is small.
Prints the number of inflated bytes on standard error.

    python3 Benchmarks/inflate.py FILE.gz...
"""
import sys
import zlib

PIECE = 1 << 16


def inflate(path):
    """The number of bytes in the members of the gzip file at path."""
    total = 0
    with open(path, "rb") as f:
        stream = zlib.decompressobj(wbits=31)
        while block := f.read(PIECE):
            while block:
                total += len(stream.decompress(block, PIECE))
                if stream.eof:  # a member ends; what follows starts the next one
                    block = stream.unused_data
                    stream = zlib.decompressobj(wbits=31)
                else:
                    block = stream.unconsumed_tail
        total += len(stream.flush())
    return total


if __name__ == "__main__":
    print(sum(inflate(path) for path in sys.argv[1:]), file=sys.stderr)
