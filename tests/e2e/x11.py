"""Just enough Xlib, through ctypes (no extra packages), for tests and the
benchmark to do what a person does to a window: find it by title and click
its close button (WM_DELETE_WINDOW, as a window manager sends it)."""

import ctypes


class X11:
    """An X display connection with the two things the tests need."""

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class Event(ctypes.Union):  # XEvent: 24 longs, whatever the kind
        pass

    Event._fields_ = [("message", ClientMessage), ("pad", ctypes.c_long * 24)]

    def __init__(self):
        self.x = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XInternAtom.restype = ctypes.c_ulong
        self.x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                      ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                      ctypes.POINTER(ctypes.c_uint)]
        self.x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
        self.x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        # Xlib's default error handler exits the process; a window that
        # closes between listing and reading its name is normal here.
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore_errors = handler_type(lambda display, event: 0)
        self.x.XSetErrorHandler(self._ignore_errors)
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            raise RuntimeError("no X display")

    def windows_named(self, title: str) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        self.x.XQueryTree(self.display, self.x.XDefaultRootWindow(self.display), ctypes.byref(root),
                          ctypes.byref(parent), ctypes.byref(kids), ctypes.byref(count))
        found = []
        for i in range(count.value):
            name = ctypes.c_char_p()
            if self.x.XFetchName(self.display, kids[i], ctypes.byref(name)) and name.value == title.encode():
                found.append(kids[i])
        self.x.XSync(self.display, 0)
        return found

    def close(self, window: int):
        event = self.Event()
        event.message.type = 33  # ClientMessage
        event.message.window = window
        event.message.message_type = self.x.XInternAtom(self.display, b"WM_PROTOCOLS", 0)
        event.message.format = 32
        event.message.data[0] = self.x.XInternAtom(self.display, b"WM_DELETE_WINDOW", 0)
        event.message.data[1] = 0  # CurrentTime
        self.x.XSendEvent(self.display, window, 0, 0, ctypes.byref(event))
        self.x.XFlush(self.display)

