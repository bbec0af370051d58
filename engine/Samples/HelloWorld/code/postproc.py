"""Post-processing step of the Hello World benchmark. Reads the ranking index
'<runs>/runs.json' (a list of {id, name, files} in rank order) and writes the
analytics of every ranked run, in rank order, to the output file.
"""

import argparse
import json
import os
import sys

ANALYTICS_FILE = 'results/analytics.json'


def main(rundir, outputfile):
    """Collect the analytics result of each ranked run."""
    with open(os.path.join(rundir, 'runs.json'), 'r') as f:
        runs = json.load(f)
    results = list()
    for rank, run in enumerate(runs, start=1):
        with open(os.path.join(rundir, run['id'], ANALYTICS_FILE), 'r') as f:
            analytics = json.load(f)
        results.append({'rank': rank, 'run': run['id'], 'group': run['name'], 'analytics': analytics})
    dir_name = os.path.dirname(outputfile)
    if dir_name:
        os.makedirs(dir_name, exist_ok=True)
    with open(outputfile, 'w') as f:
        json.dump(results, f, indent=4)


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('-r', '--runs', required=True)
    parser.add_argument('-o', '--outputfile', required=True)
    parsed_args = parser.parse_args(sys.argv[1:])
    main(rundir=parsed_args.runs, outputfile=parsed_args.outputfile)
