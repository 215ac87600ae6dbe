//! Shared machinery for the many closed vocabularies of the domain that travel
//! as strings (URLs, database columns, JSON, translation keys).

use thiserror::Error;

/// A string did not name any variant of a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {type_name}: {value:?}")]
pub struct ParseEnumError {
    /// Rust name of the vocabulary (e.g. `Country`), for logs.
    pub type_name: &'static str,
    /// The rejected input, untouched.
    pub value: String,
}

impl ParseEnumError {
    /// Builds the error for `value` rejected by `type_name`.
    pub fn new(type_name: &'static str, value: &str) -> Self {
        Self {
            type_name,
            value: value.to_owned(),
        }
    }

    /// Stable translation key for the web layer.
    pub fn code(&self) -> &'static str {
        "value_unknown"
    }
}

/// Declares a fieldless enum whose variants have a stable string form, with
/// `as_str`, `all`, `Display`, case-insensitive `FromStr` and serde as that
/// string. One macro keeps the string forms of every vocabulary consistent.
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $s:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const fn all() -> &'static [Self] {
                &[ $( Self::$variant ),+ ]
            }

            /// Stable string form, used in storage, URLs and serde.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $s ),+
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::enum_str::ParseEnumError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                $(
                    if t.eq_ignore_ascii_case($s) {
                        return Ok(Self::$variant);
                    }
                )+
                Err($crate::enum_str::ParseEnumError::new(stringify!($name), s))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
                ser.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(de)?;
                s.parse().map_err(::serde::de::Error::custom)
            }
        }
    };
}

#[cfg(test)]
pub(crate) mod test_support {
    //! serde_json is not a dependency of this crate, so serde round trips are
    //! checked through serde's own in-memory deserializers.
    use serde::de::{IntoDeserializer, value::Error};
    use std::fmt;

    /// Serializes a string-like value; serde implements `Serializer` for
    /// `fmt::Formatter`, which writes strings verbatim.
    pub fn to_str_value<T: serde::Serialize>(v: &T) -> String {
        struct Show<'a, T>(&'a T);
        impl<T: serde::Serialize> fmt::Display for Show<'_, T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.serialize(f)
            }
        }
        Show(v).to_string()
    }

    /// Deserializes `T` from a bare string, as a JSON string value would.
    pub fn from_str_value<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, Error> {
        T::deserialize(s.to_owned().into_deserializer())
    }
}
