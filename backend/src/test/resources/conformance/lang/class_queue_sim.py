# A printer queue simulation with classes
class Job:
    next_id = 1
    def __init__(self, owner, pages):
        self.id = Job.next_id
        Job.next_id += 1
        self.owner = owner
        self.pages = pages
    def __repr__(self):
        return f"Job#{self.id}({self.owner}, {self.pages}p)"
class Printer:
    def __init__(self, ppm):
        self.ppm = ppm
        self.queue = []
        self.printed = 0
    def submit(self, job):
        self.queue.append(job)
        print("queued", job)
    def run(self, minutes):
        capacity = self.ppm * minutes
        while self.queue and capacity > 0:
            job = self.queue[0]
            if job.pages <= capacity:
                capacity -= job.pages
                self.printed += job.pages
                self.queue.pop(0)
                print("finished", job)
            else:
                job.pages -= capacity
                self.printed += capacity
                print("partially printed", job)
                capacity = 0
p = Printer(10)
for owner, pages in [("ann", 5), ("bob", 30), ("cy", 8)]:
    p.submit(Job(owner, pages))
for minute in range(1, 5):
    print("minute", minute)
    p.run(1)
print("printed", p.printed, "remaining", p.queue)
