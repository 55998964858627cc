//! Patch 2: null data (length -1 on the wire) and empty data are different things in ZooKeeper;
//! the `*_nullable_data` methods keep them apart, the others read both as empty as before.

use zookeeper_client_patch_tests::*;

#[test]
fn null_and_empty_data_read_back_as_written() {
    let runtime = new_runtime();
    runtime.block_on(async {
        let client = connect().await;
        let null = unique_path("null");
        let empty = unique_path("empty");
        let create_null = client.create_with_nullable_data(&null, None, PERSISTENT);
        within("create null", create_null)
            .await
            .expect("create with null data");
        let create_empty = client.create_with_nullable_data(&empty, Some(b""), PERSISTENT);
        within("create empty", create_empty)
            .await
            .expect("create with empty data");

        let (data, stat) = within("get null", client.get_nullable_data(&null))
            .await
            .expect("get null");
        assert_eq!(data, None);
        assert_eq!(stat.data_length, 0);
        let (data, _) = within("get empty", client.get_nullable_data(&empty))
            .await
            .expect("get empty");
        assert_eq!(data, Some(vec![]));
        let (data, _, _) = within("watch null", client.get_and_watch_nullable_data(&null))
            .await
            .expect("watch null");
        assert_eq!(data, None);
        let (data, _, _) = within("watch empty", client.get_and_watch_nullable_data(&empty))
            .await
            .expect("watch empty");
        assert_eq!(data, Some(vec![]));

        // The methods without "nullable" keep upstream's behaviour: null reads as empty.
        let (data, _) = within("get_data null", client.get_data(&null))
            .await
            .expect("get_data null");
        assert_eq!(data, b"");
        let (data, _, _) = within("get_and_watch_data null", client.get_and_watch_data(&null))
            .await
            .expect("watch");
        assert_eq!(data, b"");

        // Setting swaps them: the empty node becomes null and the null one empty.
        within("set null", client.set_nullable_data(&empty, None, None))
            .await
            .expect("set null");
        within(
            "set empty",
            client.set_nullable_data(&null, Some(b""), None),
        )
        .await
        .expect("set empty");
        let (data, _) = within("get set null", client.get_nullable_data(&empty))
            .await
            .expect("get");
        assert_eq!(data, None);
        let (data, _) = within("get set empty", client.get_nullable_data(&null))
            .await
            .expect("get");
        assert_eq!(data, Some(vec![]));

        within(
            "set data",
            client.set_nullable_data(&null, Some(b"data"), None),
        )
        .await
        .expect("set data");
        let (data, _) = within("get data", client.get_nullable_data(&null))
            .await
            .expect("get");
        assert_eq!(data.as_deref(), Some(&b"data"[..]));

        for path in [&null, &empty] {
            within("delete", client.delete(path, None))
                .await
                .expect("delete");
        }
    });
}
