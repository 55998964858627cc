//! Patch 3: the session password is public, and a `SessionInfo` built from an id and password
//! handed over by another process resumes that session (PECL's getClientId() hand-off).

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};

use zookeeper_client::{Client, Connector, Error, SessionId, SessionInfo};
use zookeeper_client_patch_tests::*;

#[test]
fn id_and_password_from_another_process_resume_the_session() {
    let runtime = new_runtime();
    // Detached: dropping the client leaves the session open for the next process. Only one
    // client at a time may use the session: the server moves it to the latest connection, and
    // two live clients would take it from each other.
    let (id, password) = runtime.block_on(async {
        let client = within(
            "connect",
            Client::connector().with_detached().connect(&zk_host()),
        )
        .await
        .expect("connect");
        (client.session_id(), client.session().password().to_vec())
    });
    assert_eq!(password.len(), 16, "ZooKeeper's passwords are 16 bytes");
    assert_ne!(
        password, [0; 16],
        "the password is the server's, not the placeholder"
    );
    let ephemeral = unique_path("resumed");

    let (reader, writer) = pipe();
    match fork() {
        Forked::Child => {
            std::mem::forget(runtime);
            drop(writer);
            exit_child(|| create_ephemeral_in_handed_over_session(reader, &ephemeral));
        }
        Forked::Parent(child) => {
            drop(reader);
            hand_over(writer, id, &password);
            wait_child(child).expect("the child resumed the session");
        }
    }

    runtime.block_on(async {
        let mut wrong = password.clone();
        wrong[0] ^= 0xff;
        let refused = within(
            "resume with a wrong password",
            resuming(id, wrong).with_detached().connect(&zk_host()),
        )
        .await;
        assert_eq!(
            refused.map(|client| client.session_id()),
            Err(Error::SessionExpired)
        );

        // Not detached: dropping it at the end closes the session.
        let client = within(
            "resume in the parent",
            resuming(id, password).connect(&zk_host()),
        )
        .await
        .expect("resume in the parent");
        let stat = within("stat", client.check_stat(&ephemeral))
            .await
            .expect("stat");
        let stat =
            stat.expect("the child's ephemeral node outlives the child: it is the session's");
        assert_eq!(stat.ephemeral_owner, id.0);
        within("delete", client.delete(&ephemeral, None))
            .await
            .expect("delete");
    });
}

fn resuming(id: SessionId, password: Vec<u8>) -> Connector {
    Client::connector().with_session(SessionInfo::new(id, password))
}

/// In the child: resume the session from what came through the pipe alone and create an
/// ephemeral node in it. Detached: the client dropped at the end does not close the session.
fn create_ephemeral_in_handed_over_session(reader: OwnedFd, ephemeral: &str) {
    let mut handed = Vec::new();
    std::fs::File::from(reader)
        .read_to_end(&mut handed)
        .expect("read the hand-off");
    let (id, password) = handed.split_at(8);
    let id = SessionId(i64::from_be_bytes(
        id.try_into().expect("8 bytes of session id"),
    ));
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = within(
            "resume",
            resuming(id, password.to_vec())
                .with_detached()
                .connect(&zk_host()),
        )
        .await
        .expect("resume the session");
        assert_eq!(client.session_id(), id);
        within("create ephemeral", client.create(ephemeral, b"", EPHEMERAL))
            .await
            .expect("create ephemeral");
        let stat = within("stat", client.check_stat(ephemeral))
            .await
            .expect("stat")
            .expect("node exists");
        assert_eq!(stat.ephemeral_owner, id.0);
    });
}

fn hand_over(writer: OwnedFd, id: SessionId, password: &[u8]) {
    let mut writer = std::fs::File::from(writer);
    writer
        .write_all(&id.0.to_be_bytes())
        .expect("write the session id");
    writer.write_all(password).expect("write the password");
}

fn pipe() -> (OwnedFd, OwnedFd) {
    let mut fds = [0; 2];
    assert_eq!(
        unsafe { libc::pipe(fds.as_mut_ptr()) },
        0,
        "pipe: {}",
        std::io::Error::last_os_error()
    );
    unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
}
