//! Sockets and timers of the async runtime this crate is built for.
//!
//! PATCH (zookeeper-php, see vendor/PATCHES.md): upstream always uses async-io, whose reactor is
//! one epoll instance and one thread per process, created once: it does not survive `fork()`.
//! With the `tokio` feature, sockets and timers come from the tokio runtime of the calling task
//! instead, so a process forked after connecting can build a runtime of its own and connect again.

#[cfg(not(feature = "tokio"))]
pub use self::async_io_runtime::*;
#[cfg(feature = "tokio")]
pub use self::tokio_runtime::*;

#[cfg(not(feature = "tokio"))]
mod async_io_runtime {
    pub use async_io::Timer;
    pub use async_net::TcpStream;

    pub async fn connect(host: &str, port: u16) -> std::io::Result<TcpStream> {
        TcpStream::connect((host, port)).await
    }
}

#[cfg(feature = "tokio")]
mod tokio_runtime {
    use std::future::Future;
    use std::io::{IoSlice, Result};
    use std::pin::Pin;
    use std::task::{ready, Context, Poll};
    use std::time::{Duration, Instant};

    use futures::io::{AsyncRead, AsyncWrite};
    use tokio::io::{AsyncRead as _, AsyncWrite as _, ReadBuf};
    use tokio::time::Sleep;

    /// A tokio socket behind the `futures` I/O traits the crate is written against. Written here
    /// rather than taken from tokio-util's `Compat`, which does not pass vectored writes on: the
    /// session writes all queued requests with one `write_vectored`.
    #[derive(Debug)]
    pub struct TcpStream(tokio::net::TcpStream);

    pub async fn connect(host: &str, port: u16) -> Result<TcpStream> {
        Ok(TcpStream(tokio::net::TcpStream::connect((host, port)).await?))
    }

    impl AsyncRead for TcpStream {
        fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<Result<usize>> {
            let mut buf = ReadBuf::new(buf);
            ready!(Pin::new(&mut self.get_mut().0).poll_read(cx, &mut buf))?;
            Poll::Ready(Ok(buf.filled().len()))
        }
    }

    impl AsyncWrite for TcpStream {
        fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<Result<usize>> {
            Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
        }

        fn poll_write_vectored(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            bufs: &[IoSlice<'_>],
        ) -> Poll<Result<usize>> {
            Pin::new(&mut self.get_mut().0).poll_write_vectored(cx, bufs)
        }

        fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<()>> {
            Pin::new(&mut self.get_mut().0).poll_flush(cx)
        }

        fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<()>> {
            Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
        }
    }

    /// The subset of `async_io::Timer` the crate uses, on tokio's clock: resolves to the instant
    /// it was due at; an interval timer is then due again one period later.
    pub struct Timer {
        due: Option<(Instant, Pin<Box<Sleep>>)>,
        period: Option<Duration>,
    }

    impl Timer {
        pub fn never() -> Self {
            Self { due: None, period: None }
        }

        pub fn at(instant: Instant) -> Self {
            Self { due: Some((instant, Box::pin(tokio::time::sleep_until(instant.into())))), period: None }
        }

        pub fn after(duration: Duration) -> Self {
            Instant::now().checked_add(duration).map_or_else(Self::never, Self::at)
        }

        pub fn interval(period: Duration) -> Self {
            Self { period: Some(period), ..Self::after(period) }
        }
    }

    impl Future for Timer {
        type Output = Instant;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Instant> {
            let this = self.get_mut();
            let Some((instant, sleep)) = this.due.as_mut() else {
                return Poll::Pending;
            };
            ready!(sleep.as_mut().poll(cx));
            let fired = *instant;
            match this.period.and_then(|period| fired.checked_add(period)) {
                Some(next) => {
                    *instant = next;
                    sleep.as_mut().reset(next.into());
                },
                None => this.due = None,
            }
            Poll::Ready(fired)
        }
    }
}
