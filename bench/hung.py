"""A search cluster that accepts connections and never answers, counting them.

Used by the tests of the circuit breaker and by `make load` with `--hung-cluster`.
"""

import socket
import threading


class HungCluster:
    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.accepted = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def connections(self):
        return len(self.accepted)

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:  # closed: the test is over
                return
            self.accepted.append(connection)  # kept open, never answered

    def close(self):
        self.listener.close()
        for connection in self.accepted:
            connection.close()
