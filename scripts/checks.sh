# Sourced by the scripts/test-* integration tests: `check NAME COMMAND...` runs the command
# and counts it as passed or failed; `report LABEL` prints the counts and fails if any failed.
passed=0
failed=0

check() {   # name, command...
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok: $name"
    else
        failed=$((failed + 1))
        echo "FAILED: $name"
    fi
}

report() {   # label
    echo "$1: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
