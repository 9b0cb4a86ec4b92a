import Testing
@testable import PIIScan

@Suite struct GitDiffTests {
    @Test func addedLinesOfEachFile() {
        let patch = """
            diff --git a/app.log b/app.log
            index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644
            --- a/app.log
            +++ b/app.log
            @@ -3 +3 @@ x
            -old
            +new
            @@ -10,0 +11,3 @@
            +a
            +b
            +c
            @@ -20,2 +23,0 @@
            -gone
            -gone
            diff --git a/new.txt b/new.txt
            new file mode 100644
            index 0000000000000000000000000000000000000000..3333333333333333333333333333333333333333
            --- /dev/null
            +++ b/new.txt
            @@ -0,0 +1 @@
            +hello
            diff --git a/photo.png b/photo.png
            index 4444444444444444444444444444444444444444..5555555555555555555555555555555555555555 100644
            Binary files a/photo.png and b/photo.png differ
            diff --git a/old name.txt b/new name.txt
            similarity index 100%
            rename from old name.txt
            rename to new name.txt
            diff --git a/link b/link
            new file mode 120000
            index 0000000000000000000000000000000000000000..6666666666666666666666666666666666666666
            --- /dev/null
            +++ b/link
            @@ -0,0 +1 @@
            +target
            diff --git "a/caf\\303\\251 \\"x\\".txt" "b/caf\\303\\251 \\"x\\".txt"
            index 7777777777777777777777777777777777777777..8888888888888888888888888888888888888888 100644
            --- "a/caf\\303\\251 \\"x\\".txt"
            +++ "b/caf\\303\\251 \\"x\\".txt"
            @@ -1 +1,2 @@
            -a
            +b
            +c

            """
        let files = GitDiff.changedFiles(patch: Array(patch.utf8))
        #expect(files.map(\.path) == ["app.log", "new.txt", "café \"x\".txt"])
        #expect(files[0].blob == String(repeating: "2", count: 40))
        #expect(files[0].addedLines == [3...3, 11...13])
        #expect(files[1].addedLines == [1...1])
        #expect(files[2].addedLines == [1...2])
    }

    @Test func hunkHeaders() {
        #expect(GitDiff.addedRange(hunkHeader: Array("@@ -1,2 +5,4 @@ func".utf8)) == 5...8)
        #expect(GitDiff.addedRange(hunkHeader: Array("@@ -7 +7 @@".utf8)) == 7...7)
        #expect(GitDiff.addedRange(hunkHeader: Array("@@ -7,3 +6,0 @@".utf8)) == nil)
        #expect(GitDiff.addedRange(hunkHeader: Array("@@ garbage".utf8)) == nil)
    }

    @Test func changedLinesFilterAndCount() {
        let bytes = Array("a@example.org\nb@example.org\nc@example.org\n".utf8)
        let collected = CollectingSink()
        let filter = FilteringSink(next: collected, patterns: defaultPatterns, addedLines: [InputPath("f"): [2...2]])
        Scanner(patterns: defaultPatterns).scan([.memory(InputPath("f"), bytes)], into: filter)
        #expect(collected.findings.map(\.finding.line) == [2])
        #expect(filter.summary.findings == 1)
        #expect(collected.summary?.findings == 1)
    }
}
