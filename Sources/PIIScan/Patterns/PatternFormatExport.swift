// The pattern-file model and parser live in their own module, so that the build can parse the
// default patterns ahead of time (see `PatternEmbedder`); piiscan's users see them here.
@_exported import PatternFormat
