from rcpkg.cli import main

main()
