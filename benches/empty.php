<?php
// A page that uses nothing of the extension: what a request that registered
// nothing costs it is the cost of its request hooks (scripts/bench.sh, profile).
