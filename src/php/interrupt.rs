//! How events reach a PHP thread that never calls dispatch() (a `sleep()`
//! loop, a long computation): the core's threads ask that thread's engine
//! for a VM interrupt, and the engine calls `on_interrupt` on the PHP thread
//! at its next safe point.
//!
//! The interrupt flag is the thread's `EG(vm_interrupt)`. Its address is
//! taken on the PHP thread itself when its inbox is made, so under ZTS (one
//! executor per thread) the waker pokes exactly the thread whose requests
//! registered the watches; under NTS there is one executor.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicPtr, Ordering};
use std::time::Duration;

use ext_php_rs::ffi;
use ext_php_rs::zend::ExecutorGlobals;

use super::boundary::{self, Failure, Outcome};
use super::{callbacks, request};

type InterruptFunction = unsafe extern "C" fn(*mut ffi::zend_execute_data);

/// The hook that was installed before ours (other extensions chain too).
static PREVIOUS: AtomicPtr<()> = AtomicPtr::new(std::ptr::null_mut());

/// Module startup: our hook first, then whatever was there.
pub fn install() {
    // SAFETY: module startup runs once, before any request and any thread
    // of ours; the engine reads the hook only while executing.
    unsafe {
        if let Some(previous) = ffi::zend_interrupt_function {
            PREVIOUS.store(previous as *mut (), Ordering::Release);
        }
        ffi::zend_interrupt_function = Some(on_interrupt);
    }
}

/// What the core calls (from any thread) after it queued an event for this
/// PHP thread: sets this thread's interrupt flag.
pub fn waker() -> impl Fn() + Send + Sync + 'static {
    // SAFETY: called on the PHP thread (the inbox is made there); the engine's
    // executor globals of this thread live as long as the thread.
    let flag = unsafe { std::ptr::addr_of_mut!((*ffi::ext_php_rs_executor_globals()).vm_interrupt) };
    let flag = AtomicPtr::new(flag);
    move || {
        // SAFETY: vm_interrupt is an atomic the engine polls; storing into it
        // from another thread is what it is for (pcntl's signals do the same).
        unsafe { ffi::zend_atomic_bool_store(flag.load(Ordering::Relaxed), true) };
    }
}

/// The engine calls this on the PHP thread when someone asked for a VM
/// interrupt: queued callbacks run now, unless an exception from them could
/// not be raised here (`Here::Wait`): then they stay queued and the flag is
/// set again in a moment. An exception from a callback is left pending for
/// the VM to raise at the current opcode.
unsafe extern "C" fn on_interrupt(execute_data: *mut ffi::zend_execute_data) {
    // The hook installed before ours first (pcntl's signal handlers): called
    // after a callback of ours threw, it would find the exception pending and
    // drop its queued signals (zend_call_function refuses to run them).
    let previous = PREVIOUS.load(Ordering::Acquire);
    if !previous.is_null() {
        // SAFETY: stored from a function pointer of this type in `install`.
        let previous: InterruptFunction = unsafe { std::mem::transmute::<*mut (), InterruptFunction>(previous) };
        // SAFETY: the engine's own execute data, passed on unchanged; nothing
        // of ours is held yet if it bails out.
        unsafe { previous(execute_data) };
    }
    // SAFETY: the engine's execute data of the interrupted frame, or null.
    let here = if ExecutorGlobals::has_exception() { Here::Wait } else { unsafe { here(execute_data) } };
    let outcome = match here {
        // Not even the safe point of `entry_point`: it may run PHP code
        // (a destructor, a stream wrapper) that throws too.
        Here::Wait => Ok(()),
        Here::Raise(repair) => {
            let outcome = catch_unwind(AssertUnwindSafe(|| boundary::entry_point(callbacks::dispatch)))
                .unwrap_or_else(|_| Err(Failure::internal("panic in the interrupt hook")));
            match outcome {
                Ok(()) => Ok(()),
                Err(Failure::Bailout) => Err(Failure::Bailout),
                Err(failure) => {
                    // Thrown now, so that the repair comes after it.
                    failure.raise();
                    // SAFETY: the frame `here` looked at, still interrupted at the same opcode.
                    if ExecutorGlobals::has_exception() {
                        unsafe { repair.apply(execute_data) }
                    } else {
                        Ok(())
                    }
                },
            }
        },
    };
    if let Some(inbox) = request::existing_inbox().filter(|inbox| inbox.is_pending()) {
        // Left queued (an exception is on its way, or this was no place to
        // raise one): ask again in a moment, so they run at a later check
        // (e.g. in the catch block). Not now: the engine checks the flag again
        // as soon as this returns, before it runs anything, forever.
        if let Some(registry) = crate::zk::started_registry() {
            registry.spawn(async move {
                tokio::time::sleep(Duration::from_millis(1)).await;
                inbox.wake();
            });
        }
    }
    if let Err(failure) = outcome {
        // Nothing of ours is held here: a bailout does not return.
        failure.raise();
    }
}

// Operand types (zend_compile.h) and opcodes (zend_vm_opcodes.h): the same
// numbers in every PHP 8.
const IS_CONST: u8 = 1;
const IS_TMP_VAR: u8 = 2;
const IS_VAR: u8 = 4;
const IS_UNUSED: u8 = 0;
const IS_CV: u8 = 8;
const ZEND_FREE_ON_RETURN: u32 = 1;
/// The low bits of `zend_live_range.var` say what kind of value it holds.
const ZEND_LIVE_MASK: u32 = 7;
const ZEND_OP_DATA: u8 = 137;
const ZEND_FREE: u8 = 70;
const ZEND_FE_FREE: u8 = 127;
const ZEND_SEND_UNPACK: u8 = 165;
const ZEND_END_SILENCE: u8 = 58;
/// E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE
const E_FATAL_ERRORS: i64 = 1 | 16 | 64 | 256 | 4096 | 4;

/// The SEND opcodes that store argument `op2.num` of the call being built
/// (`op2` is the parameter's name for a named argument).
const SENDS: &[u8] = &[
    65,  // SEND_VAL
    116, // SEND_VAL_EX
    117, // SEND_VAR
    66,  // SEND_VAR_EX
    106, // SEND_VAR_NO_REF
    50,  // SEND_VAR_NO_REF_EX
    185, // SEND_FUNC_ARG
    120, // SEND_USER
];

/// Opcodes that release (or move away) each temporary operand they are the
/// last use of, and do nothing else with it: if one has not run, releasing
/// those operands is all that is left to do. Some of them follow an internal
/// call (which the VM checks for an interrupt after, up to PHP 8.3) or a
/// jump in an expression (`?:`, `??`) all the time.
const CONSUMERS: &[u8] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, // arithmetic, CONCAT, bitwise
    13, 14, 15, // BW_NOT, BOOL_NOT, BOOL_XOR
    16, 17, 18, 19, 20, 21,  // comparisons
    22,  // ASSIGN (its value)
    23,  // ASSIGN_DIM (offset, and the value in OP_DATA)
    24,  // ASSIGN_OBJ (likewise)
    31,  // QM_ASSIGN
    43,  // JMPZ
    44,  // JMPNZ
    46,  // JMPZ_EX
    47,  // JMPNZ_EX
    51,  // CAST
    52,  // BOOL
    53,  // FAST_CONCAT
    62,  // RETURN
    70,  // FREE
    71,  // INIT_ARRAY (its result, the array, is undefined by the engine)
    72,  // ADD_ARRAY_ELEMENT (the array being built stays live across it)
    81,  // FETCH_DIM_R
    82,  // FETCH_OBJ_R
    112, // INIT_METHOD_CALL
    121, // STRLEN
    123, // TYPE_CHECK
    136, // ECHO
    152, // JMP_SET
    165, // SEND_UNPACK
    169, // COALESCE
    170, // SPACESHIP
    190, // COUNT
    65, 116, 117, 66, 106, 50, 185, 120, // SENDS
];

/// Where the interrupted frame is, for an exception (or `exit()`, which
/// unwinds like one) raised by this interrupt.
///
/// The VM checks its interrupt flag before the opcode at `EX(opline)` has run
/// (at a jump's target, at a user function's first opcode, and up to PHP 8.3
/// after an internal function returned: at the opcode that uses its result),
/// but ZEND_HANDLE_EXCEPTION treats an exception from the hook as thrown by
/// that opcode, as if it had started. The engine allows for that only for the
/// opcode's result (zend_interrupt_helper undefines it), not for:
/// - a SEND opcode inside an argument list: cleanup_unfinished_calls() counts
///   its argument as passed and destroys the slot it never wrote, whatever
///   stale value an earlier call left there: a refcount released twice, a use
///   after free (pcntl's signal handlers hit it too);
/// - a temporary operand the opcode would have consumed: no live range covers
///   it any more, so nothing releases it (an object never destroyed, `@`'s
///   saved error_reporting never restored).
enum Here {
    /// No place to raise an exception: run nothing.
    Wait,
    /// Callbacks may run; if one throws, `Repair` first does what the opcode
    /// would have done with its operands and argument slot.
    Raise(Repair),
}

/// What the interrupted opcode leaves undone if an exception is raised
/// before it runs.
struct Repair {
    /// Temporaries (EX_VAR offsets) it is the last use of, to release.
    release: Vec<u32>,
    /// The argument it would have stored (its number), to mark as undefined.
    argument: Option<u32>,
    /// END_SILENCE: the temporary holding the error_reporting to restore.
    silence: Option<u32>,
}

impl Repair {
    const NONE: Repair = Repair { release: Vec::new(), argument: None, silence: None };

    /// Leaves the frame as if the opcode had thrown before doing anything:
    /// what ZEND_HANDLE_EXCEPTION then frees is exactly what is there.
    ///
    /// # Safety
    /// `execute_data` is the frame `here` planned this for, interrupted at
    /// the same opcode, with the exception pending.
    unsafe fn apply(self, execute_data: *mut ffi::zend_execute_data) -> Outcome<()> {
        if let Some(number) = self.argument {
            // SAFETY: the call being built has room for this argument (its
            // SEND is the opcode the VM was about to run).
            unsafe {
                let call = (*execute_data).call;
                let slot = call.cast::<u8>().add(frame_slots_size() + (number as usize - 1) * std::mem::size_of::<ffi::zval>()).cast::<ffi::zval>();
                (*slot).u1.type_info = 0; // IS_UNDEF: the stale value there is not ours
            }
        }
        if let Some(var) = self.silence {
            // As END_SILENCE (and a live range of kind ZEND_LIVE_SILENCE) does.
            // SAFETY: BEGIN_SILENCE stored the level there, a long.
            let saved = unsafe { (*execute_data.cast::<u8>().add(var as usize).cast::<ffi::zval>()).value.lval };
            // SAFETY: this thread's executor globals.
            let globals = unsafe { &mut *ffi::ext_php_rs_executor_globals() };
            let only_fatal = |level: i64| level & !E_FATAL_ERRORS == 0;
            if only_fatal(i64::from(globals.error_reporting)) && !only_fatal(saved) {
                globals.error_reporting = saved as std::os::raw::c_int;
            }
        }
        let mut result = Err(Failure::Thrown);
        for var in self.release {
            // SAFETY: a temporary of this frame, defined on every path to the
            // opcode and released by nothing else.
            let slot = unsafe { execute_data.cast::<u8>().add(var as usize).cast::<ffi::zval>() };
            // Taken out (a Zval releases its value when dropped), the slot left undefined.
            let value = unsafe { std::ptr::read(slot) };
            unsafe { (*slot).u1.type_info = 0 };
            // A destructor may run here.
            if let Err(Failure::Bailout) = boundary::enter(move || drop(value)) {
                result = Err(Failure::Bailout);
            }
        }
        result
    }
}

/// The size of a call frame's header, in bytes: its arguments follow
/// (ZEND_CALL_FRAME_SLOT zvals).
fn frame_slots_size() -> usize {
    let zval = std::mem::size_of::<ffi::zval>();
    std::mem::size_of::<ffi::zend_execute_data>().div_ceil(zval) * zval
}

/// Where a frame pushed on the VM stack ends (zend_vm_calc_used_stack()):
/// the first and last address it can, None if that cannot be told. An
/// internal function's frame may have one temporary for observers (PHP 8.2+).
///
/// # Safety
/// `frame` is a live frame of this thread.
unsafe fn frame_end(frame: *const ffi::zend_execute_data) -> Option<(usize, usize)> {
    let zval = std::mem::size_of::<ffi::zval>();
    // SAFETY: a live frame and its function.
    let (func, num_args) = unsafe { ((*frame).func.as_ref()?, (*frame).This.u2.num_args as usize) };
    let slots = frame_slots_size() / zval + num_args;
    if unsafe { func.type_ } & 1 != 0 {
        let end = frame as usize + slots * zval;
        return Some((end, end + zval));
    }
    let op_array = unsafe { &func.op_array };
    let slots = (slots + op_array.T as usize + usize::try_from(op_array.last_var).ok()?).checked_sub(num_args.min(op_array.num_args as usize))?;
    let end = frame as usize + slots * zval;
    Some((end, end))
}

/// Whether nothing is on the VM stack above `frame` and the call it is
/// building: up to PHP 8.3 zend_call_function() also checks the interrupt
/// flag after an internal function it called returns, before freeing that
/// function's frame, and calls the hook on the calling frame, from inside an
/// opcode that is running (Exception::__toString() converting an object for
/// CAST or ECHO, an internal error handler): that opcode must not be repaired.
///
/// # Safety
/// `frame` is the engine's current frame of this thread.
unsafe fn nothing_above(frame: &ffi::zend_execute_data) -> bool {
    let innermost = if frame.call.is_null() { std::ptr::from_ref(frame) } else { frame.call.cast_const() };
    // SAFETY: this thread's executor globals; a live frame.
    let top = unsafe { (*ffi::ext_php_rs_executor_globals()).vm_stack_top } as usize;
    matches!(unsafe { frame_end(innermost) }, Some((first, last)) if first <= top && top <= last)
}

/// Plans for the frame the VM was interrupted in (see `Here`).
///
/// # Safety
/// `execute_data` is the engine's current frame of this thread, or null.
unsafe fn here(execute_data: *const ffi::zend_execute_data) -> Here {
    // SAFETY (whole function): the frame and what it points to (its function,
    // opcodes, live ranges, the call being built) live while it runs; read only.
    let Some(frame) = (unsafe { execute_data.as_ref() }) else {
        // No frame: an exception would end the script as uncaught.
        return Here::Wait;
    };
    let Some(func) = (unsafe { frame.func.as_ref() }) else {
        return Here::Wait;
    };
    if unsafe { func.type_ } & 1 != 0 {
        // An internal function's frame (PHP 8.4's check after an internal
        // call, zend_call_function's): the exception is that function's own.
        return Here::Raise(Repair::NONE);
    }
    let op_array = unsafe { &func.op_array };
    let (opcodes, count) = (op_array.opcodes.cast_const(), op_array.last as usize);
    if opcodes.is_null() || frame.opline < opcodes {
        return Here::Wait;
    }
    let index = (frame.opline as usize - opcodes as usize) / std::mem::size_of::<ffi::zend_op>();
    if index >= count {
        // EG(exception_op): an exception is being handled.
        return Here::Wait;
    }
    let op = unsafe { &*opcodes.add(index) };
    let live_ranges: &[ffi::zend_live_range] = match usize::try_from(op_array.last_live_range) {
        Ok(len) if len > 0 && !op_array.live_range.is_null() => unsafe { std::slice::from_raw_parts(op_array.live_range, len) },
        _ => &[],
    };
    let live = |var: u32| live_ranges.iter().any(|range| range.var & !ZEND_LIVE_MASK == var && range.start as usize <= index && index < range.end as usize);
    let mut operands = vec![(op.op1_type, unsafe { op.op1.var }), (op.op2_type, unsafe { op.op2.var })];
    if index + 1 < count {
        let data = unsafe { &*opcodes.add(index + 1) };
        if data.opcode == ZEND_OP_DATA {
            operands.push((data.op1_type, unsafe { data.op1.var }));
        }
    }
    let mut release: Vec<u32> = operands.into_iter().filter(|&(kind, var)| kind & (IS_TMP_VAR | IS_VAR) != 0 && !live(var)).map(|(_, var)| var).collect();
    release.sort_unstable();
    release.dedup();
    if matches!(op.opcode, ZEND_FREE | ZEND_FE_FREE) && op.extended_value & ZEND_FREE_ON_RETURN != 0 {
        // A loop variable freed by `return` inside the loop: ZEND_HANDLE_EXCEPTION
        // takes the opcode as having freed it.
        return Here::Wait;
    }
    let building_call = !frame.call.is_null();
    if release.is_empty() && !building_call && op.opcode != ZEND_END_SILENCE {
        // What ZEND_HANDLE_EXCEPTION frees for this opcode (its live
        // temporaries; its result, which the engine undefines first) is right,
        // whether it has started or not.
        return Here::Raise(Repair::NONE);
    }
    // From here on the opcode must be one that has not started.
    if !unsafe { nothing_above(frame) } {
        return Here::Wait;
    }
    if op.opcode == ZEND_END_SILENCE && !building_call {
        // `@f()` just after f() returned: restore error_reporting as the
        // opcode would have; its temporary holds a long, nothing to release.
        return Here::Raise(Repair { release: Vec::new(), argument: None, silence: Some(unsafe { op.op1.var }) });
    }
    if !CONSUMERS.contains(&op.opcode) {
        return Here::Wait;
    }
    if matches!(op.opcode, 22..=24) && !matches!(op.op1_type, IS_CV | IS_UNUSED) {
        // An assignment to a fetched variable or container: not a plain consumer.
        return Here::Wait;
    }
    let positional = SENDS.contains(&op.opcode);
    if (positional || op.opcode == ZEND_SEND_UNPACK) && !building_call {
        return Here::Wait;
    }
    // A positional argument is counted as passed by cleanup_unfinished_calls().
    let argument = if positional && op.op2_type != IS_CONST { Some(unsafe { op.op2.num }) } else { None };
    Here::Raise(Repair { release, argument, silence: None })
}
