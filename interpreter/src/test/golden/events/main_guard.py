def main():
    print("running")

if __name__ == "__main__":
    main()
