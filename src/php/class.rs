//! How the extension's classes register with the engine: one macro for all
//! of them, so each class states only what is its own (name, constructor
//! parameters, methods, constants).

/// Implements `RegisteredClass` for `$class`, named `$name`. `__construct`
/// is `$constructor` (a `FunctionBuilder`, usually `method::function(...)`),
/// registered as a normal method handler: it works on the object the engine
/// made (a subclass may have called methods before `parent::__construct()`),
/// rather than building a new Rust value. `$methods` is the list of
/// `(FunctionBuilder, MethodFlags)`; `$modifier`, if given, a
/// `fn(ClassBuilder) -> ClassBuilder` run on the class (constants).
macro_rules! php_class {
    ($class:ty, $name:literal, $constructor:expr, $methods:expr $(,)?) => {
        $crate::php::class::php_class!($class, $name, $constructor, $methods, None);
    };
    ($class:ty, $name:literal, $constructor:expr, $methods:expr, $modifier:expr $(,)?) => {
        /// Never called: `__construct` is `build_constructor`'s handler.
        fn unused_constructor(_: &mut ::ext_php_rs::zend::ExecuteData) -> ::ext_php_rs::class::ConstructorResult<$class> {
            ::ext_php_rs::class::ConstructorResult::ArgError
        }

        fn build_constructor(_: ::ext_php_rs::builders::FunctionBuilder) -> ::ext_php_rs::builders::FunctionBuilder {
            $constructor
        }

        static METADATA: ::ext_php_rs::class::ClassMetadata<$class> = ::ext_php_rs::class::ClassMetadata::new(&[]);

        impl ::ext_php_rs::class::RegisteredClass for $class {
            const CLASS_NAME: &'static str = $name;
            const BUILDER_MODIFIER: Option<fn(::ext_php_rs::builders::ClassBuilder) -> ::ext_php_rs::builders::ClassBuilder> = $modifier;
            const EXTENDS: Option<::ext_php_rs::class::ClassEntryInfo> = None;
            const IMPLEMENTS: &'static [::ext_php_rs::class::ClassEntryInfo] = &[];

            fn get_metadata() -> &'static ::ext_php_rs::class::ClassMetadata<Self> {
                &METADATA
            }

            fn method_builders() -> Vec<(::ext_php_rs::builders::FunctionBuilder<'static>, ::ext_php_rs::flags::MethodFlags)> {
                $methods
            }

            fn constructor() -> Option<::ext_php_rs::class::ConstructorMeta<Self>> {
                Some(::ext_php_rs::class::ConstructorMeta { constructor: unused_constructor, build_fn: build_constructor, flags: None })
            }

            fn constants() -> &'static [(
                &'static str,
                &'static dyn ::ext_php_rs::convert::IntoZvalDyn,
                ::ext_php_rs::describe::DocComments,
                ::ext_php_rs::flags::ConstantFlags,
            )] {
                &[]
            }
        }
    };
}
pub(crate) use php_class;

/// Methods that are all public, as `php_class!` takes them.
pub fn public(
    methods: Vec<ext_php_rs::builders::FunctionBuilder<'static>>,
) -> Vec<(ext_php_rs::builders::FunctionBuilder<'static>, ext_php_rs::flags::MethodFlags)> {
    methods.into_iter().map(|method| (method, ext_php_rs::flags::MethodFlags::Public)).collect()
}
