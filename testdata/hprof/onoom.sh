#!/bin/sh
# Run by -XX:OnOutOfMemoryError in the tests of tests.txt.
echo "onoom.sh ran"
