# shellcheck shell=bash
# Part of the Migration Guard supervisor (joined into one script at build time). The SSH-facing modes: deploy (front), attach, status, metrics.

# Reads the action's lines on stdin until EOF: the gate decision (`go`, `stop REASON`), the health verdict
# (`health ...`), the gate's file reads (`read ID BASE64-PATTERNS`) and the health probes of `health-from:
# host` (`fetch ID BASE64-URL`), each written once (write_once) for the worker to pick up when its line is
# whole (read_whole). The worker answers a request once: a reattached action saying it again gets the answer
# from the stream it replays, not a second one.
relay_verdicts() {
  local dir=$1 line
  # `read ID PATTERNS` (the gate's files) and `fetch ID URL` (a health probe from the host): the text as
  # `\xHH` for each of its bytes, which the worker turns back with printf '%b' (see requestText).
  local request='^(read|fetch) ([0-9]{1,6}) ((\\x[0-9a-f]{2})+)$'
  while IFS= read -r line; do
    if ((${#line} <= 1048576)) && [[ $line =~ $request ]]; then
      write_once "$dir/${BASH_REMATCH[1]}.${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
    elif [[ $line == go || $line == "stop "* ]]; then
      write_once "$dir/decision" "$line"
    elif [[ $line == "health "* ]]; then
      write_once "$dir/health" "$line"
    fi
  done
}

# write_once FILE LINE: LINE and a newline into FILE, unless FILE exists. noclobber makes the create exclusive:
# of two fronts saying it (an action and its reattached self) the first writes it, and nothing rewrites it.
# No process is spawned (a temp file and `mv` took one, 5-15 ms here, on the way to every gate decision); the
# worker takes the file only once its line is whole (read_whole).
write_once() {
  local had_c=true
  [[ $- == *C* ]] || had_c=false
  set -C
  { printf '%s\n' "$2" >"$1"; } 2>/dev/null || true
  $had_c || set +C
  return 0
}

# The SSH-facing part: store the parameters, start the worker detached, relay its stream and the decision.
# Everything here is on the way to the worker's `hello`: the tries of the host's tools (the worker makes them
# before it takes the lock, all at once), the pruning of old deploys (the worker, in the background) and the
# rest of the script (parsed by the worker only: the dispatch in supervisor.sh comes before it) are not.
front() {
  check_id
  [[ -n ${MG_APP_DIR-} ]] || die_params "MG_APP_DIR is required"
  # What this part runs before it can say anything: names on PATH only (no fork); the GNU options are tried
  # when something fails.
  local missing
  missing=$(missing_tools "bash>=4.3" setsid tail sha256sum mkdir)
  [[ -z $missing ]] || die_params "the host lacks: $missing (the supervisor needs bash >= 4.3, GNU coreutils and util-linux); nothing was run"
  local state dir
  app_state_dir_into state
  dir="$state/deploys/$MG_DEPLOY_ID"
  # A fork less on every deploy after an app's first (the folder is there by then).
  [[ -d $state/deploys ]] || mkdir -p -- "$state/deploys" || die_params "cannot create the state directory $state"
  mkdir -- "$dir" 2>/dev/null || die_params "deploy $MG_DEPLOY_ID already exists on the host"
  local name
  for name in ${!MG_@}; do printf '%s=%s\0' "$name" "${!name}"; done >"$dir/params"
  printf '\0' >>"$dir/params"
  : >"$dir/stream"

  setsid bash "$SELF" worker "$dir" </dev/null >/dev/null 2>&1 &
  # The worker says it started by writing its pid: up to 30 s while the process started is there (a host
  # under load may take seconds to start bash; 2 s was once too short), 2 s more once it is gone (setsid may
  # have handed the worker to a child of its own).
  local started=$! i gone_at=-1
  for ((i = 0; i < 6000; i++)); do
    [[ -s $dir/worker.pid ]] && break
    if ((gone_at < 0)) && ! kill -0 "$started" 2>/dev/null; then gone_at=$i; fi
    ((gone_at >= 0 && i - gone_at >= 400)) && break
    nap 0.005
  done
  local wpid
  if ! wpid=$(<"$dir/worker.pid"); then
    missing=$(missing_tools "setsid -w")
    die_params "the worker did not start${missing:+: the host lacks $missing (the supervisor needs util-linux)}"
  fi

  # The decision and the health verdict arrive on our stdin. EOF without a decision (the action is gone)
  # means stop; after the gate and before the migration it means stop too (`gone`, until an attach says the
  # action is back). The health verdict is left to a reconnecting action (attach) or to wait_health's
  # deadline, which fails the deploy: a verdict that never came is never "healthy".
  (
    relay_verdicts "$dir"
    : >"$dir/gone"
    write_once "$dir/decision" "stop connection-closed"
  ) <&0 &
  local reader=$!
  # -s: how often tail looks whether the worker is still there (lines come at once, by inotify): the last
  # line reaches the action within this of the worker's exit.
  tail -n +1 -s 0.01 -f --pid="$wpid" "$dir/stream"
  local rc=$?
  kill "$reader" 2>/dev/null
  # A tail without --pid (BusyBox) fails at once, the worker still running: it stops at its tool check
  # (before the lock), and this says why, since its stream cannot reach the action.
  if ((rc != 0)) && kill -0 "$wpid" 2>/dev/null; then
    missing=$(missing_tools "tail --pid")
    [[ -n $missing ]] && die_params "the host lacks: $missing (the supervisor needs GNU coreutils); nothing was run"
  fi
  exit 0
}

# Reconnect after a dropped connection: replay the stream from a line and follow it until the worker ends.
attach() {
  check_id
  local dir
  dir="$(app_state_dir)/deploys/$MG_DEPLOY_ID"
  [[ -d $dir ]] || die_params "no deploy $MG_DEPLOY_ID on this host"
  local wpid
  wpid=$(cat "$dir/worker.pid" 2>/dev/null || echo 0)
  rm -f -- "$dir/gone"
  [[ -n ${MG_DECISION-} ]] && write_once "$dir/decision" "$MG_DECISION"
  # Verdicts reach the worker from a reconnected action too. EOF here writes no verdict (the worker's own
  # deadlines decide), but marks the action gone again, as front() does.
  (
    relay_verdicts "$dir"
    : >"$dir/gone"
  ) <&0 &
  local reader=$!
  if kill -0 "$wpid" 2>/dev/null; then
    tail -n "+${MG_FROM_LINE:-1}" -s 0.01 -f --pid="$wpid" "$dir/stream"
  else
    tail -n "+${MG_FROM_LINE:-1}" "$dir/stream"
  fi
  kill "$reader" 2>/dev/null
  exit 0
}

# Read-only: the status commands, for `command: status` and for the action's own checks.
status_only() {
  [[ -n ${MG_APP_DIR-} ]] || die_params "MG_APP_DIR is required"
  MG_DEPLOY_ID=${MG_DEPLOY_ID:-status}
  DEPLOY_DIR=$(mktemp -d)
  trap 'rm -rf -- "$DEPLOY_DIR"' EXIT
  argv_from RUN_PREFIX "${MG_RUN_PREFIX-}"
  argv_from STATUS_1 "${MG_STATUS_1-}"
  argv_from STATUS_2 "${MG_STATUS_2-}"
  argv_from STATUS_3 "${MG_STATUS_3-}"
  export_app_env
  emit t hello protocol "$PROTOCOL_VERSION" mode status bash "$BASH_VERSION"
  if [[ ! -d $MG_APP_DIR ]]; then
    emit t result result failed message "The app directory $MG_APP_DIR does not exist on the host; check the app-dir input."
    emit t end
    exit 0
  fi
  phase_start pending
  read_status now
  phase_end "$( ((STATUS_RC == 0)) && echo ok || echo failed)"
  emit t end
  exit 0
}

# `status` with metrics-dir-on-host: writes the metric text the action made (MG_METRICS_TEXT) into a
# node_exporter textfile-collector folder (MG_METRICS_DIR) as MG_METRICS_NAME, atomically: a temp file in the
# same folder (a name the collector skips: it reads *.prom only), readable by the exporter's user, renamed over
# the old file. The folder and the name are parameters, never part of a command string. Any failure is said in
# a `metrics` event with result failed (the action fails the step) and leaves no temp file.
metrics() {
  [[ -n ${MG_METRICS_DIR-} ]] || die_params "MG_METRICS_DIR is required"
  [[ ${MG_METRICS_NAME-} =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}\.prom$ ]] ||
    die_params "MG_METRICS_NAME must be a file name ending in .prom"
  local dir=${MG_METRICS_DIR%/} target tmp error
  [[ -n $dir ]] || dir=/
  target="$dir/$MG_METRICS_NAME"
  tmp="$dir/.$MG_METRICS_NAME.$$.tmp"
  if [[ ! -d $dir ]]; then
    emit t metrics result failed path "$target" message "the folder $dir does not exist on the host"
  elif error=$({ printf '%s' "${MG_METRICS_TEXT-}" >"$tmp" && chmod 0644 -- "$tmp" && mv -f -- "$tmp" "$target"; } 2>&1); then
    emit t metrics result ok path "$target"
  else
    rm -f -- "$tmp" 2>/dev/null
    emit t metrics result failed path "$target" message "${error:-the write failed}"
  fi
  emit t end
  exit 0
}

# fetch_url URL BODY-FILE REQ: one GET with curl for `health-from: host` (apps bound to localhost), the URL
# only ever an argument, said as a `fetch` event with the request's id: the code, the body (64 KiB at most,
# base64), curl's error.
fetch_url() {
  local url=$1 body=$2 req=$3 code rc
  if [[ ! $url =~ ^https?:// ]]; then
    emit t fetch req "$req" rc 3 code 000 body "" error "not an http(s) URL"
    return 0
  fi
  code=$(curl -q -sS --max-time "${MG_FETCH_TIMEOUT:-10}" -o "$body" -w '%{http_code}' -- "$url" 2>"$body.err")
  rc=$?
  emit t fetch req "$req" rc "$rc" code "${code:-000}" body "$(head -c 65536 -- "$body" 2>/dev/null | base64 -w0)" \
    error "$(head -c 500 -- "$body.err" 2>/dev/null)"
  rm -f -- "$body" "$body.err"
}
