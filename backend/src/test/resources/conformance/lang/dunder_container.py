# A custom container: __len__, __getitem__, __contains__, __iter__
class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self.name + "[slice]", self.songs[index])
        return self.songs[index]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} songs)"
p = Playlist("road trip", ["Highway Star", "Born to Run", "Roadrunner", "Drive"])
print(p, len(p), p[0], p[-1])
print(p[1:3], list(p[1:3]))
print("drive" in p, "Stairway" in p, "stairway" not in p)
for i, song in enumerate(p, 1):
    print(i, song)
print(sorted(p), list(reversed(p.songs)), max(p, key=len))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for sq in Squares():
    print(sq, end=" ")
print()
