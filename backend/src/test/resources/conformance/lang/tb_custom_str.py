# Uncaught custom exception with a custom __str__
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"field {self.field!r} {self.problem}"

def validate(record):
    if record.get("age", 0) < 0:
        raise ValidationError("age", "must not be negative")
    return True

print(validate({"age": 3}))
validate({"age": -1})
