# Custom exception hierarchy with extra data and __str__
class AppError(Exception):
    """Base class for application errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError):
    pass
class Empty(AppError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "is required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be non-negative")
    return True
for user in [{"name": "Al"}, {}, {"name": "X"}, {"name": "Bo", "age": -1}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print("invalid:", e, "| repr:", repr(e), "| args:", e.args, "| field:", e.field)
for exc in [NotFound("user 42"), Empty(), AppError("generic", 500), ValidationError("f", "m")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, isinstance(e, AppError), isinstance(e, Exception), repr(str(e)), repr(e))
print(issubclass(ValidationError, AppError), issubclass(NotFound, ValidationError))
print(issubclass(Empty, Exception), issubclass(AppError, BaseException))
