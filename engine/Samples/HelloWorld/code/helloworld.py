"""Hello World step of the benchmark: writes '<greeting> <name>!' for every name in the input
file to the output file, waiting the given number of seconds after each line. Each greeting is
also printed, so the run's log shows progress while the step runs.
"""

import argparse
import os
import sys
import time


def main(inputfile, outputfile, greeting='Hello', sleeptime=0.0):
    """Write a greeting for every non-empty line of the input file."""
    with open(inputfile, 'r') as f:
        names = [line.strip() for line in f if line.strip()]
    dir_name = os.path.dirname(outputfile)
    if dir_name:
        os.makedirs(dir_name, exist_ok=True)
    with open(outputfile, 'w') as f:
        for name in names:
            line = '{} {}!'.format(greeting, name)
            f.write(line + '\n')
            f.flush()
            print(line, flush=True)
            time.sleep(sleeptime)


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('-i', '--inputfile', required=True)
    parser.add_argument('-o', '--outputfile', required=True)
    parser.add_argument('-g', '--greeting', default='Hello')
    parser.add_argument('-s', '--sleeptime', default=0.0, type=float)
    parsed_args = parser.parse_args(sys.argv[1:])
    main(
        inputfile=parsed_args.inputfile,
        outputfile=parsed_args.outputfile,
        greeting=parsed_args.greeting,
        sleeptime=parsed_args.sleeptime
    )
