# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). Small helpers every mode uses: time, sleep, JSON, events, parameters, state paths.

# --- small helpers -----------------------------------------------------------------------------------------

# now_ms [VAR]: milliseconds since the epoch, printed, or assigned to VAR without a fork (the events and
# phases of a deploy ask for it dozens of times on the way to the migration; `$(now_ms)` forks each time).
now_ms() {
  if [[ -n ${EPOCHREALTIME-} ]]; then
    local now_ms_t=${EPOCHREALTIME/[.,]/}
    if (($#)); then printf -v "$1" '%s' "$((now_ms_t / 1000))"; else printf '%s' "$((now_ms_t / 1000))"; fi
  elif (($#)); then
    printf -v "$1" '%s' "$(date +%s%3N)"
  else
    date +%s%3N
  fi
}

# rm_present FILE...: `rm -f` of the FILEs when any of them is there (a dangling link counts); no process
# when none is, the usual case on a deploy's way to its gate (a process is 5-15 ms on a 2-core VM).
rm_present() {
  local f
  for f; do
    if [[ -e $f || -L $f ]]; then
      rm -f -- "$@"
      return
    fi
  done
  return 0
}

# read_whole VAR FILE: the first line of FILE into VAR, and 0 only when that line is whole (ends in a newline):
# a file write_once is still writing, or one not there yet, is 1 (try again later). No fork.
read_whole() {
  { IFS= read -r "$1" <"$2"; } 2>/dev/null
}

# Sleeps without forking (a fork every 50 ms for ten minutes adds up): read on a pipe nobody writes to.
nap() {
  if [[ -z ${NAP_FD-} ]]; then exec {NAP_FD}<> <(:); fi
  read -r -t "$1" -u "$NAP_FD" _ 2>/dev/null || true
}

# JSON string escaping for the few free-text fields (messages, paths); control characters are dropped.
# json_str S prints it; json_quote VAR S assigns it to VAR (no fork: emit quotes every value it is given).
json_quote() {
  local json_quote_s=$2
  json_quote_s=${json_quote_s//\\/\\\\}
  json_quote_s=${json_quote_s//\"/\\\"}
  json_quote_s=${json_quote_s//$'\n'/\\n}
  json_quote_s=${json_quote_s//$'\r'/\\r}
  json_quote_s=${json_quote_s//$'\t'/\\t}
  json_quote_s=${json_quote_s//[$'\001'-$'\037']/}
  printf -v "$1" '"%s"' "$json_quote_s"
}
json_str() {
  local json_str_q
  json_quote json_str_q "$1"
  printf '%s' "$json_str_q"
}

# emit KEY VALUE... → one event line on the stream and in the journal. Known numeric keys stay numbers.
STREAM_FD=1
JOURNAL_FD=""
emit() {
  local body="" key value quoted at
  while (($# >= 2)); do
    key=$1 value=$2
    shift 2
    case $key in
    ms | rc | pid | index | size | count | truncated | timeout | deadline | protocol | db_size | free | entries | terminated | dump_ms | verify_ms | pruned | code) body+=",\"$key\":$((10#${value:-0}))" ;;
    *)
      json_quote quoted "$value"
      body+=",\"$key\":$quoted"
      ;;
    esac
  done
  now_ms at
  local line="{\"at\":$at${body}}"
  printf '@mg:event %s\n' "$line" >&"$STREAM_FD"
  [[ -n $JOURNAL_FD ]] && printf '%s\n' "$line" >&"$JOURNAL_FD"
  return 0
}

# Prefixes every line a child prints, so child output can never be mistaken for an event: sed does it at
# pipe speed (the bash `read` loop it replaces moved ~0.2 MB/s), one write per line so events and output
# lines never mix.
# At most MG_OUTPUT_CAP bytes (16 MiB) of one command's output are kept on the host; the rest is read and
# dropped (the command is never blocked or killed for printing), and a note says how much was dropped.
prefix_lines() {
  local cap=${MG_OUTPUT_CAP:-16777216} dropped
  {
    head -c "$cap"
    dropped=$(wc -c)
    if ((dropped > 0)); then
      printf '\n[%s more bytes of output were not kept on the host: %s bytes per command at most]\n' "$dropped" "$cap"
      emit t note phase "${PHASE:-}" message "$dropped bytes of output were not kept (at most $cap bytes per command are kept on the host); the command was not affected"
    fi
  } | line_buffered sed -e 's/\r//g' -e 's/^/@mg:out /'
}

# Line-buffered output with buffered input: `sed -u` reads one byte per read() (~0.3 MB/s here), while
# stdbuf -oL sed reads blocks and writes whole lines (~11 MB/s on the same loaded machine).
line_buffered() {
  if type -P stdbuf >/dev/null 2>&1; then stdbuf -oL "$@"; else "$1" -u "${@:2}"; fi
}

# Closes the descriptors a command must not inherit: the deploy lock, the journal, the stream, the database
# lock's session, the runner's pipes (a command holding its stdin would keep it from seeing our end). A process a migration leaves behind then holds none of them.
close_ours() {
  {
    [[ -n ${LOCK_FD-} ]] && exec {LOCK_FD}>&-
    local fd
    for fd in ${DBLOCK_FDS[@]+"${DBLOCK_FDS[@]}"}; do exec {fd}>&-; done
    [[ -n ${NAP_FD-} ]] && exec {NAP_FD}<&-
    [[ -n ${RUNNER_IN-} ]] && exec {RUNNER_IN}>&-
    [[ -n ${RUNNER_OUT-} ]] && exec {RUNNER_OUT}<&-
    if [[ ${1-} != keep-stream ]]; then
      [[ -n ${JOURNAL_FD-} ]] && exec {JOURNAL_FD}>&-
      [[ $STREAM_FD != 1 ]] && exec {STREAM_FD}>&-
    fi
  } 2>/dev/null
  return 0
}

die_params() {
  printf '@mg:event {"at":%s,"t":"error","phase":"params","message":%s}\n' "$(now_ms)" "$(json_str "$1")"
  exit 2
}

# Reads NUL-terminated NAME=value records from stdin until an empty record. Only MG_* names are accepted;
# values are assigned verbatim (no eval, no word splitting), so any byte but NUL is safe.
read_params() {
  local record name
  while IFS= read -r -d '' record; do
    [[ -z $record ]] && return 0
    name=${record%%=*}
    [[ $record == *=* && $name =~ ^MG_[A-Z0-9_]+$ ]] || die_params "bad parameter record (expected MG_NAME=value)"
    printf -v "$name" '%s' "${record#*=}"
    export "${name?}"
  done
  die_params "the parameters ended without the closing empty record"
}

state_root() {
  printf '%s' "${MG_STATE_DIR:-${HOME:-/tmp}/.migration-guard}"
}

# The application directory as the kernel sees it: `app`, `app/`, `~/app`, `/home/u/app`, `..` or a symlinked
# `current` are one directory, so one lock. A directory that does not exist keeps its literal name (preflight
# reports it).
app_dir_canonical() {
  canonical_app_dir
  printf '%s' "$APP_DIR_CANONICAL"
}

# canonical_app_dir: APP_DIR_CANONICAL (app_dir_canonical's answer), found once per process: the locks' holder
# texts name it, and each lookup was a fork. Found in this shell, which goes back to where it was: the front
# makes it on the way to every deploy's first event, where a $(…) was one more process (5-10 ms on a 2-core
# VM). `cd` then `cd -P .` is `cd` then `pwd -P` (`..` taken as written, then the links resolved).
APP_DIR_CANONICAL=""
canonical_app_dir() {
  [[ -n $APP_DIR_CANONICAL ]] && return 0
  local here=$PWD
  if builtin cd -- "$MG_APP_DIR" >/dev/null 2>&1 && builtin cd -P . >/dev/null 2>&1; then
    APP_DIR_CANONICAL=$PWD
  else
    APP_DIR_CANONICAL=$MG_APP_DIR
  fi
  # The script names itself relative to where it started (SELF): not being back there fails here, before
  # anything ran.
  builtin cd -- "$here" >/dev/null 2>&1 || die_params "cannot return to $here after reading the app dir"
}

# utc_now VAR: the time now as 2024-01-01T00:00:00Z, with bash's own strftime (no fork).
utc_now() {
  TZ=UTC printf -v "$1" '%(%Y-%m-%dT%H:%M:%SZ)T' -1
}

# The key of an application directory: the first 16 hex digits of the sha256 of its canonical path.
app_key() {
  local key
  key=$(app_dir_canonical | sha256sum)
  printf '%s' "${key:0:16}"
}

# One state directory per application directory: the lock and the journals of its deploys live there.
app_state_dir() {
  printf '%s/apps/%s' "$(state_root)" "$(app_key)"
}

# app_state_dir_into VAR: app_state_dir's answer in VAR, on the front's way to the worker's first event (two
# forks where the nested lookups took six).
app_state_dir_into() {
  local key
  canonical_app_dir
  key=$(printf '%s' "$APP_DIR_CANONICAL" | sha256sum)
  printf -v "$1" '%s/apps/%s' "${MG_STATE_DIR:-${HOME:-/tmp}/.migration-guard}" "${key:0:16}"
}

check_id() {
  [[ ${MG_DEPLOY_ID-} =~ ^[A-Za-z0-9._-]{1,100}$ && $MG_DEPLOY_ID != .* ]] ||
    die_params "MG_DEPLOY_ID must be 1-100 of [A-Za-z0-9._-]"
}

# probe_tool TOOL DEAD_PID: tries one tool the way the supervisor uses it (BusyBox and macOS have most of the
# names but not these options). Exit 0 when it works.
probe_tool() {
  case $1 in
  "tail --pid") timeout 5 tail -n 0 -s 0.05 -f --pid="$2" /dev/null </dev/null >/dev/null 2>&1 ;;
  "setsid -w") setsid -w true </dev/null >/dev/null 2>&1 ;;
  "stat -c") [[ $(stat -c %s -- /dev/null 2>/dev/null) == 0 ]] ;;
  "df --output") df --output=avail -B1 -- / >/dev/null 2>&1 ;;
  "head -c") [[ $(printf abc | head -c 2 2>/dev/null) == ab ]] ;;
  "base64 -w0") [[ $(printf a | base64 -w0 2>/dev/null) == YQ== ]] ;;
  "grep -z") printf 'a\0b\0' | grep -q -z -x -F -e b 2>/dev/null ;;
  "find -lname") find / -maxdepth 0 -lname x >/dev/null 2>&1 ;;
  "timeout") timeout 5 true >/dev/null 2>&1 ;;
  # On a pipe of its own: a file any other process may lock (/dev/null, as once here) made two deploys that
  # checked at the same moment report the other's lock as "the host lacks flock".
  flock) flock -n 9 9< <(:) >/dev/null 2>&1 ;;
  *) return 1 ;;
  esac
}

# missing_tools TOOL...: prints what the host lacks of the tools (and the GNU options) the supervisor uses.
# A plain name is looked up on PATH (no fork); the tries that run a program (probe_tool) run all at once, in
# the background, so the check costs about one of them rather than their sum. Listed in the order given.
missing_tools() {
  local tool dead="" i missing=()
  local -a tools=("$@") verdicts=()
  if [[ " $* " == *" tail --pid "* ]]; then
    # A pid that is surely gone, for `tail --pid`.
    (:) &
    dead=$!
    wait "$dead"
  fi
  for ((i = 0; i < ${#tools[@]}; i++)); do
    tool=${tools[i]}
    case $tool in
    "bash>=4.3")
      verdicts[i]=no
      ((BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 3))) && verdicts[i]=ok
      ;;
    *" "* | flock | timeout)
      probe_tool "$tool" "$dead" &
      verdicts[i]=$!
      ;;
    *)
      verdicts[i]=no
      if type -P "$tool" >/dev/null 2>&1 || [[ $(type -t "$tool") == builtin ]]; then verdicts[i]=ok; fi
      ;;
    esac
  done
  for ((i = 0; i < ${#tools[@]}; i++)); do
    case ${verdicts[i]} in
    ok) ;;
    no) missing+=("${tools[i]}") ;;
    *) wait "${verdicts[i]}" || missing+=("${tools[i]}") ;;
    esac
  done
  printf '%s' "${missing[*]}"
}
