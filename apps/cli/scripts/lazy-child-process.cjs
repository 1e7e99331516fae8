// commander requires node:child_process at load time for executable subcommands, which `ims` never
// uses; loading it (and net, stream, dgram behind it) cost ~2.5 ms of every start. The bundle gives
// commander this stand-in, which loads the real module on first use.
let real;
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      real ??= require("node:child_process");
      return real[key];
    },
  },
);
