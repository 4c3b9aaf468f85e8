//! End-to-end tests of the TUI: the real binary in a pseudo-terminal of 80×24, its output fed to a
//! terminal emulator (`vt100`), keys written as a person would type them.
//!
//! Nothing here times anything: every wait polls the emulated screen (every 20 ms, for up to 10 s)
//! until the expected text shows, so a loaded CI machine only makes the tests slower, not flaky.
//!
//! The promises under test are DESIGN.md's: the first run asks who you are; a tick is saved at
//! once; the terminal is always restored on quit; a file that does not parse is never touched and
//! pivot exits 1 with a message naming it; `--read-only` never writes.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2026-11-22";
const ROWS: u16 = 24;
const COLS: u16 = 80;
/// How long a wait may take before the test fails. Generous: this is a wait, not a measurement.
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(20);

/// The escape sequence that leaves the alternate screen.
const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";
const ENTER_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049h";
/// Shown only on the Path screen (the title of its list of steps).
const PATH_SCREEN: &str = "Steps  ←/→";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A throwaway folder holding the data file; HOME and XDG_DATA_HOME point into it too.
struct Sandbox {
    dir: TempDir,
    data: PathBuf,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::Builder::new()
            .prefix("pivot-e2e-")
            .tempdir()
            .expect("create a temporary folder");
        let data = dir.path().join("progress.json");
        Sandbox { dir, data }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The names in the folder, sorted (to show nothing was added or removed).
    fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.root())
            .expect("list the folder")
            .map(|e| {
                e.expect("folder entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    /// Run a non-interactive command of the real binary in the sandbox (to prepare a file).
    fn run_cli(&self, args: &[&str]) {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_pivot"))
            .args(args)
            .current_dir(self.root())
            .env("PIVOT_DATA", &self.data)
            .env("PIVOT_TODAY", TODAY)
            .env("HOME", self.root())
            .env("XDG_DATA_HOME", self.root())
            .env_remove("PIVOT_PACK")
            .output()
            .expect("run pivot");
        assert!(
            output.status.success(),
            "pivot {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Start the TUI in a pseudo-terminal.
    fn spawn(&self, args: &[&str]) -> Session {
        Session::spawn(self, args)
    }
}

/// What the reader thread collects from the pseudo-terminal.
struct Screen {
    parser: vt100::Parser,
    /// Every byte the program wrote, for checks on escape sequences.
    raw: Vec<u8>,
    /// The reader saw the end of the output (the program and its terminal are gone).
    closed: bool,
}

/// The binary running in a pseudo-terminal.
struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<Screen>>,
    reader: Option<JoinHandle<()>>,
    /// The terminal's settings before the program started, to check they are restored.
    termios_before: Option<String>,
}

impl Session {
    fn spawn(sandbox: &Sandbox, args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_pivot"));
        cmd.args(args);
        cmd.cwd(sandbox.root());
        cmd.env("PIVOT_DATA", &sandbox.data);
        cmd.env("PIVOT_TODAY", TODAY);
        cmd.env("HOME", sandbox.root());
        cmd.env("XDG_DATA_HOME", sandbox.root());
        cmd.env("XDG_CONFIG_HOME", sandbox.root().join(".config"));
        cmd.env("XDG_CACHE_HOME", sandbox.root().join(".cache"));
        cmd.env("TERM", "xterm-256color");
        // A UTF-8 locale, whatever the machine's: plain mode is tested on its own.
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("PIVOT_PACK");
        let termios_before = pty.master.get_termios().map(|t| format!("{t:?}"));
        let child = pty.slave.spawn_command(cmd).expect("spawn pivot");
        // Only the child holds the terminal's other end now, so reading ends when it exits.
        drop(pty.slave);

        let screen = Arc::new(Mutex::new(Screen {
            parser: vt100::Parser::new(ROWS, COLS, 0),
            raw: Vec::new(),
            closed: false,
        }));
        let mut output = pty.master.try_clone_reader().expect("read the terminal");
        let shared = Arc::clone(&screen);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match output.read(&mut buf) {
                    // EOF, or EIO once the child has closed the terminal (Linux).
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
                        s.parser.process(&buf[..n]);
                        s.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
            shared.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        });
        let writer = pty.master.take_writer().expect("write to the terminal");
        Session {
            master: pty.master,
            writer,
            child,
            screen,
            reader: Some(reader),
            termios_before,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Screen> {
        self.screen.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The text on the emulated screen now.
    fn contents(&self) -> String {
        self.lock().parser.screen().contents()
    }

    /// How many bytes the program has written so far.
    fn output_len(&self) -> usize {
        self.lock().raw.len()
    }

    /// Everything the program wrote from byte `from` on.
    fn output_since(&self, from: usize) -> Vec<u8> {
        self.lock().raw[from..].to_vec()
    }

    /// Wait until the screen shows `text`; fail with the screen if it does not within TIMEOUT.
    fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |screen| {
            screen.contains(text)
        });
    }

    /// Wait until `ready(screen contents)` holds; fail with the screen if it does not within
    /// TIMEOUT. (A frame may be read half-drawn, so conditions on several texts belong here.)
    fn wait_until(&mut self, what: &str, ready: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let contents = self.contents();
            if ready(&contents) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                let exited = self.child.try_wait().ok().flatten();
                panic!(
                    "no {what} within {TIMEOUT:?} (child exited: {exited:?}); the screen shows:\n{contents}"
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Type bytes as a person would.
    fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to the terminal");
        self.writer.flush().expect("flush the terminal");
    }

    /// Wait for the program to exit and for all its output to be read; fail after TIMEOUT.
    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!(
                    "pivot did not exit within {TIMEOUT:?}; the screen shows:\n{}",
                    self.contents()
                );
            }
            std::thread::sleep(POLL);
        };
        while !self.lock().closed {
            assert!(
                start.elapsed() <= TIMEOUT,
                "the terminal output did not end within {TIMEOUT:?} after pivot exited"
            );
            std::thread::sleep(POLL);
        }
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread");
        }
        status
    }

    /// The terminal's settings now are those it had before the program started (raw mode off).
    fn assert_termios_restored(&self) {
        let after = self.master.get_termios().map(|t| format!("{t:?}"));
        assert_eq!(
            self.termios_before, after,
            "the terminal's modes were not restored"
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave a pivot behind.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).expect("read the data file");
    serde_json::from_str(&text).expect("the data file is JSON")
}

/// The ids of the built-in pack's first step and its first item.
fn first_step_and_item() -> (String, String) {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content/po-to-pm.json"
    ))
    .expect("read the built-in pack");
    let pack: Value = serde_json::from_str(&text).expect("the pack is JSON");
    let step = &pack["steps"][0];
    let id = |v: &Value| v.as_str().expect("an id").to_string();
    (id(&step["id"]), id(&step["items"][0]["id"]))
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn first_run_welcome_then_tick_on_path_is_saved_and_quit_restores_the_terminal() {
    let sandbox = Sandbox::new();
    let (step, item) = first_step_and_item();
    assert_eq!(step, "cultivate-skills", "the pack's first step");
    let key = format!("{step}/{item}");

    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Welcome to pivot");
    assert!(
        !sandbox.data.exists(),
        "nothing is written before the person answers"
    );

    let name = "Zoë Quist";
    pivot.send(name);
    pivot.wait_for(name);
    pivot.send("\r");
    pivot.wait_until("dashboard without the welcome form", |screen| {
        screen.contains("Readiness") && !screen.contains("Welcome to pivot")
    });

    pivot.send("2");
    pivot.wait_for(PATH_SCREEN);
    pivot.send(" ");
    pivot.wait_for("Ticked");

    // The tick is saved at once, before quitting.
    let saved = read_json(&sandbox.data);
    assert_eq!(saved["checklist"][&key]["done"], TODAY, "{saved:#}");

    let before_quit = pivot.output_len();
    pivot.send("q");
    let status = pivot.wait_exit();
    assert!(
        status.success(),
        "pivot exited with {status:?}; screen:\n{}",
        pivot.contents()
    );

    let after_quit = pivot.output_since(before_quit);
    assert!(
        contains(&after_quit, LEAVE_ALTERNATE_SCREEN),
        "quitting did not leave the alternate screen; output after q: {:?}",
        String::from_utf8_lossy(&after_quit)
    );
    assert!(
        !pivot.lock().parser.screen().alternate_screen(),
        "the emulated terminal is still on the alternate screen"
    );
    pivot.assert_termios_restored();

    let saved = read_json(&sandbox.data);
    assert_eq!(saved["profile"]["name"], name, "{saved:#}");
    assert_eq!(saved["profile"]["start_date"], TODAY, "{saved:#}");
    assert_eq!(saved["checklist"][&key]["done"], TODAY, "{saved:#}");
    let ticked: Vec<&String> = saved["checklist"]
        .as_object()
        .expect("checklist is an object")
        .iter()
        .filter(|(_, state)| state["done"].is_string())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(ticked, [&key], "only the first item is ticked");
}

#[test]
fn corrupt_file_exits_1_naming_the_file_and_leaves_it_untouched() {
    let sandbox = Sandbox::new();
    let corrupt = b"{\n  \"schema_version\": 1,\n  \"profile\": { \"name\": \"Zo\xc3\xab\" \n";
    fs::write(&sandbox.data, corrupt).expect("write a corrupt file");
    let listing = sandbox.listing();

    let mut pivot = sandbox.spawn(&[]);
    let status = pivot.wait_exit();
    let output = pivot.output_since(0);
    let text = String::from_utf8_lossy(&output);
    assert_eq!(
        status.exit_code(),
        1,
        "exit status {status:?}; output:\n{text}"
    );
    assert!(
        text.contains(&sandbox.data.display().to_string()),
        "the message names the file {}; output:\n{text}",
        sandbox.data.display()
    );
    assert!(
        text.contains("line"),
        "the message says where; output:\n{text}"
    );
    assert!(
        !contains(&output, ENTER_ALTERNATE_SCREEN),
        "the message must not vanish with an alternate screen; output:\n{text}"
    );
    pivot.assert_termios_restored();

    assert_eq!(
        fs::read(&sandbox.data).expect("read the file"),
        corrupt,
        "the corrupt file changed"
    );
    let mut after = sandbox.listing();
    // The OS lock's own file may be left behind; nothing else may appear.
    after.retain(|n| n != ".progress.json.lock");
    let mut expected = listing;
    expected.retain(|n| n != ".progress.json.lock");
    assert_eq!(after, expected, "files were added or removed");
}

#[test]
fn read_only_refuses_a_tick_and_never_writes() {
    let sandbox = Sandbox::new();
    sandbox.run_cli(&["profile", "--name", "Ro Reader"]);
    // An old mtime, so any write (even of the same bytes) shows.
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    fs::File::options()
        .append(true)
        .open(&sandbox.data)
        .expect("open the data file")
        .set_modified(old)
        .expect("set the mtime");
    let bytes = fs::read(&sandbox.data).expect("read the data file");
    let listing = sandbox.listing();

    let mut pivot = sandbox.spawn(&["--read-only"]);
    pivot.wait_for("Readiness");
    pivot.wait_for("READ-ONLY");
    pivot.send("2");
    pivot.wait_for(PATH_SCREEN);
    pivot.send(" ");
    pivot.wait_for("nothing was changed");
    assert!(
        !pivot.contents().contains("Ticked"),
        "a tick was reported in read-only mode:\n{}",
        pivot.contents()
    );
    pivot.send("q");
    let status = pivot.wait_exit();
    assert!(
        status.success(),
        "pivot exited with {status:?}; screen:\n{}",
        pivot.contents()
    );
    pivot.assert_termios_restored();

    assert_eq!(
        fs::read(&sandbox.data).expect("read the data file"),
        bytes,
        "the file's bytes changed"
    );
    let mtime = fs::metadata(&sandbox.data)
        .expect("stat the data file")
        .modified()
        .expect("mtime");
    assert_eq!(mtime, old, "the file was rewritten");
    assert_eq!(sandbox.listing(), listing, "files were added or removed");
}

/// The settings file the coach reads in this sandbox (HOME points into it).
fn write_config(sandbox: &Sandbox, text: &str) {
    let folder = sandbox.root().join(".config/pivot");
    fs::create_dir_all(&folder).expect("make the config folder");
    fs::write(folder.join("config.toml"), text).expect("write config.toml");
}

#[test]
fn keys_moved_in_the_config_work_in_the_coach_and_a_bad_remap_says_why() {
    let sandbox = Sandbox::new();
    sandbox.run_cli(&["profile", "--name", "Kim Keys"]);
    write_config(&sandbox, "[keys.journal]\nadd = \"n\"\n");
    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Readiness");
    pivot.send("5");
    pivot.wait_for("n new");
    pivot.send("n");
    pivot.wait_for("New entry");
    pivot.send("\x1b");
    pivot.wait_until("the form closed", |screen| !screen.contains("New entry"));
    pivot.send("q");
    assert!(pivot.wait_exit().success());

    write_config(&sandbox, "[keys.journal]\nadd = \"e\"\n");
    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Key remaps not used");
    pivot.send("5");
    pivot.wait_for("a new");
    pivot.send("q");
    assert!(pivot.wait_exit().success());
}

#[test]
fn a_start_on_a_file_as_it_was_left_shows_the_kept_frame_and_never_an_old_one() {
    let sandbox = Sandbox::new();
    sandbox.run_cli(&["profile", "--name", "Ida Instant"]);
    let kept = sandbox.root().join(".cache/pivot/first-frame");
    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Ida Instant");
    pivot.send("q");
    assert!(pivot.wait_exit().success());
    let frame = fs::read(&kept).expect("the kept frame");
    let frame = &frame[frame.iter().position(|b| *b == b'\n').expect("a header") + 1..];
    // Unchanged: the start writes it (and then its own, the same).
    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Ida Instant");
    pivot.send("q");
    assert!(pivot.wait_exit().success());
    assert!(
        contains(&pivot.output_since(0), frame),
        "the kept frame was shown"
    );
    // Changed from the command line since: the frame is the file's as it is now.
    sandbox.run_cli(&["profile", "--name", "Ida Later"]);
    let mut pivot = sandbox.spawn(&[]);
    pivot.wait_for("Ida Later");
    pivot.wait_until("no trace of the old name", |screen| {
        !screen.contains("Ida Instant")
    });
    pivot.send("q");
    assert!(
        !contains(&pivot.output_since(0), frame),
        "an old frame was shown"
    );
    assert!(pivot.wait_exit().success());
    pivot.assert_termios_restored();
}
